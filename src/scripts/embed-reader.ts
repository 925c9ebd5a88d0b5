/**
 * The embed's reading mode: choosing an event shows its card inside the embed, with
 * Previous and Next through the events in date order (within the filters), so a reader
 * of someone else's article never has to leave it. Cards are small JSON documents
 * (/embed/cards/<id>.json) fetched from the same origin on first use.
 */
import type { TimelineController } from './timeline.ts';
import type { EmbedCard } from '../lib/embed-card.ts';
import { applyLinkTarget } from './embed-frame.ts';
import { plural } from '../i18n/format.ts';
import type { ReaderWords } from '../i18n/index.ts';
import { appendText as add } from './card-text.ts';
import { fetchJson } from './fetch-json.ts';

const NARROW = '(max-width: 639.98px)';

export function startReader(section: HTMLElement, timeline: TimelineController, timelineRoot: HTMLElement) {
  const start = section.querySelector<HTMLElement>('[data-reader-start]')!;
  const card = section.querySelector<HTMLElement>('[data-reader-card]')!;
  const nav = section.querySelector<HTMLElement>('[data-reader-nav]')!;
  const position = section.querySelector<HTMLElement>('[data-reader-position]')!;
  const words: ReaderWords = JSON.parse(section.dataset.words!);
  const fetchCard = (id: string) => fetchJson<EmbedCard>(`${section.dataset.cards}${encodeURIComponent(id)}.json`);
  let current: string | undefined;
  // Each request to move focus gets a number; one the reader has since overruled (Escape,
  // another step) is dropped when its card arrives, so focus never jumps back.
  let focusRequest = 0;
  section.dataset.ready = '';

  /** The event's media: a built image at its own size, or a link to the web address, with its caption. */
  function fillMedia(media: NonNullable<EmbedCard['media']>) {
    const figure = add(card, 'figure', '', 'event-media');
    if (media.image) {
      const image = Object.assign(document.createElement('img'), { src: media.image.src, width: media.image.width, height: media.image.height, alt: media.image.alt, loading: 'lazy' });
      figure.append(image);
    } else if (media.link) {
      const link = add(figure, 'a', media.link.text) as HTMLAnchorElement;
      link.href = media.link.url;
      link.target = '_blank';
      link.rel = 'noopener';
      add(link, 'span', words.newTab, 'sr-only new-tab');
    }
    if (media.caption) add(figure, 'figcaption', media.caption, 'muted');
  }

  /** Fills the card from its data: every string goes in as text, never as markup. */
  function fill(data: EmbedCard) {
    card.replaceChildren();
    add(card, 'p', `${data.dateLabel}${data.disputed ? words.dateDisputed : ''}`, 'kicker');
    add(card, 'h2', data.title, 'embed-reader-title').id = 'reader-card-title';
    add(card, 'p', data.summary);
    if (data.media) fillMedia(data.media);
    if (data.confidence) {
      const level = words.confidence[data.confidence.level];
      add(card, 'p', `${level[0]!.toLocaleUpperCase(words.locale)}${level.slice(1)}: ${data.confidence.reason}`, 'muted');
    }
    if (data.figures.length > 0) {
      const list = add(card, 'ul', '', 'embed-reader-figures');
      for (const figure of data.figures) add(list, 'li', figure.claimedBy ? `${figure.label} (${words.claim.replace('{by}', figure.claimedBy)})` : figure.label);
    }
    const sources = add(card, 'p', `${plural(words.locale, data.sourceCount, words.sourcesAmong)} ${data.firstSources.join('; ')}.`, 'muted');
    sources.classList.add('embed-reader-sources');
    const full = add(card, 'a', words.readFull, 'embed-reader-full') as HTMLAnchorElement;
    full.href = data.url;
    full.target = '_blank';
    full.rel = 'noopener';
    add(full, 'span', words.newTab, 'sr-only new-tab');
    full.append(' ↗');
    applyLinkTarget(card); // links=top, as for every other link in the embed
  }

  /** Shows an event's card, selects it on the chart, and on request moves focus to the card. */
  async function open(id: string, focus: boolean) {
    current = id;
    const request = ++focusRequest;
    timeline.select(id);
    const order = timeline.order();
    const index = order.indexOf(id);
    position.textContent = index >= 0 ? words.position.replace('{i}', String(index + 1)).replace('{n}', String(order.length)) : '';
    nav.querySelector<HTMLButtonElement>('[data-reader-step="-1"]')!.disabled = index <= 0;
    nav.querySelector<HTMLButtonElement>('[data-reader-step="1"]')!.disabled = index < 0 || index >= order.length - 1;
    // On a narrow screen the card opens in place, under the tapped event in the list.
    const item = timelineRoot.querySelector(`.tl-list a[data-id="${CSS.escape(id)}"]`)?.closest('li');
    if (matchMedia(NARROW).matches && item) item.after(section);
    else if (section.previousElementSibling !== timelineRoot) timelineRoot.after(section);
    let data: EmbedCard;
    try {
      data = await fetchCard(id);
    } catch {
      return; // The chart still shows the selection; the full-page link stays in the credit line.
    }
    if (current !== id) return; // The reader has moved on while it loaded.
    fill(data);
    start.hidden = true;
    card.hidden = false;
    nav.hidden = false;
    if (focus && request === focusRequest) card.focus();
  }

  function step(by: number, focus: boolean) {
    const order = timeline.order();
    const next = order[order.indexOf(current ?? '') + by];
    if (next) void open(next, focus);
  }

  section.querySelector('[data-reader-begin]')!.addEventListener('click', () => {
    const first = timeline.order()[0];
    if (first) void open(first, true);
  });
  nav.addEventListener('click', (event) => {
    const by = Number((event.target as HTMLElement).closest<HTMLElement>('[data-reader-step]')?.dataset.readerStep);
    if (by) step(by, false);
  });
  card.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      step(event.key === 'ArrowRight' ? 1 : -1, true);
    }
    if (event.key === 'Escape' && current) {
      focusRequest++;
      timeline.focusMark(current);
    }
  });

  return { open: (id: string, focus: boolean) => void open(id, focus) };
}
