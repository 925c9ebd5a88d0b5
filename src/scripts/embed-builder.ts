/**
 * Enhances "Share / embed": options, an up-to-date snippet, a live preview and a copy
 * button. Loaded when a reader first opens the control, so pages do not pay for it upfront.
 */
import { embedQuery, type EmbedTheme } from '../lib/embed-options.ts';
import { embedSnippet } from '../lib/embed-snippet.ts';

interface Embeddable {
  src: string;
  title: string;
  height: number;
}

/**
 * The snippet carries absolute URLs for the publisher's page; our own preview loads the
 * same paths from this page's origin, which is the site wherever it is served.
 */
const local = (absolute: string) => {
  const target = new URL(absolute);
  return `${target.pathname}${target.search}`;
};

export function enhanceBuilder(builder: HTMLElement): void {
  const timeline: Embeddable = JSON.parse(builder.dataset.timeline!);
  const card: Embeddable | undefined = builder.dataset.card ? JSON.parse(builder.dataset.card) : undefined;
  const eventId = builder.dataset.event;
  const script = builder.dataset.script!;
  const code = builder.querySelector<HTMLTextAreaElement>('#share-code')!;
  const preview = builder.querySelector<HTMLElement>('[data-preview]')!;
  // The preview's frame is made here, when the reader opens the control, not with the page:
  // a frame costs the browser a document of its own even while it is empty and hidden.
  const initial = card ?? timeline;
  const frame = Object.assign(document.createElement('iframe'), { title: `${builder.dataset.previewPrefix}${initial.title}`, height: String(initial.height) });
  frame.setAttribute(`data-${builder.dataset.embedName}`, '');
  preview.append(frame);
  const copy = builder.querySelector<HTMLButtonElement>('[data-copy]')!;
  const copied = builder.querySelector<HTMLElement>('[data-copied]')!;
  const value = (name: string) => builder.querySelector<HTMLInputElement>(`[name="${name}"]:checked, select[name="${name}"]`)?.value;

  function update() {
    const view = card && value('view') !== 'timeline' ? card : timeline;
    const onTimeline = view === timeline;
    builder.querySelector<HTMLElement>('[data-timeline-only]')!.hidden = !onTimeline;
    const controls = builder.querySelector<HTMLInputElement>('[name="controls"]')!.checked;
    const query = embedQuery({ event: onTimeline ? eventId : undefined, theme: value('theme') as EmbedTheme, controls: onTimeline ? controls : true });
    const src = `${view.src}${query}`;
    code.value = embedSnippet({ src, title: view.title, height: view.height, script, name: builder.dataset.embedName! });
    if (frame.getAttribute('src') !== local(src) && (builder.closest('details') as HTMLDetailsElement).open) {
      frame.src = local(src);
      frame.title = `${builder.dataset.previewPrefix}${view.title}`;
    }
  }

  builder.querySelector<HTMLElement>('[data-options]')!.hidden = false;
  preview.hidden = false;
  copy.hidden = false;
  builder.addEventListener('change', update);
  // The preview sizes itself through the same host script a publisher would use.
  if (!document.querySelector(`script[src="${local(script)}"]`)) document.head.append(Object.assign(document.createElement('script'), { src: local(script), async: true }));
  builder.closest('details')!.addEventListener('toggle', update);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      copied.textContent = builder.dataset.copiedText!;
    } catch {
      code.select();
      copied.textContent = builder.dataset.selectedText!;
    }
  });
  update();
}
