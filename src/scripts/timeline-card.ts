/**
 * The timeline's details card: date, title, summary, confidence, lineage and link, placed
 * below or above its mark, never over it (src/lib/timeline/card-placement.ts).
 */
import { placeCard } from '../lib/timeline/card-placement.ts';
import type { TimelineWords } from '../i18n/index.ts';
import type { TimelineModel } from './timeline-data.ts';
import type { summariesLoader } from './timeline-summaries.ts';
import { appendText, textElement } from './card-text.ts';

export function detailsCard(
  frame: HTMLElement,
  words: TimelineWords,
  read: () => TimelineModel,
  summaries: ReturnType<typeof summariesLoader>,
  markOf: (id: string) => Element,
  /** False where the page reads events in place (an embed's reading mode): its card is the details card. */
  enabled: boolean,
) {
  const card = frame.querySelector<HTMLElement>('[data-card]')!;
  /** The event the card shows. */
  let showing: string | undefined;

  function show(id: string) {
    if (!enabled) return;
    const { byId } = read();
    const datum = byId.get(id)!;
    showing = id;
    card.replaceChildren();
    appendText(card, 'p', datum.dateLabel, 'tl-card-date');
    fillText(id);
    appendLineage(id);
    const link = appendText(card, 'a', words.openEvent, 'tl-card-link') as HTMLAnchorElement;
    link.href = datum.url;
    link.tabIndex = -1;
    card.hidden = false;
    const { left, top } = placeCard(
      markOf(id).getBoundingClientRect(),
      frame.getBoundingClientRect(),
      { width: card.offsetWidth, height: card.offsetHeight },
      { width: frame.clientWidth, height: frame.clientHeight },
    );
    card.style.transform = `translate(${left}px, ${top}px)`;
  }

  /** The title, and the summary and confidence once they have arrived. */
  function fillText(id: string) {
    const datum = read().byId.get(id)!;
    // An event not yet translated is written in its own language, title and summary alike.
    appendText(card, 'p', datum.title, 'tl-card-title', datum.lang);
    const text = summaries.get()?.[id];
    if (text) {
      appendText(card, 'p', text.summary, 'tl-card-summary', datum.lang);
      if (text.confidence) appendText(card, 'p', words.confidence[text.confidence], 'tl-card-confidence');
    } else {
      // Not here yet: the card is drawn again when they are, if it still shows this event.
      void summaries.load().then((all) => {
        if (all[id] && showing === id && !card.hidden) show(id);
      });
    }
  }

  /** The lineage, one line each way, the events named by their short labels. */
  function appendLineage(id: string) {
    const { data, byId } = read();
    const lineage = [
      [words.drewOn, byId.get(id)!.drewOn ?? []],
      [words.drawnOnBy, data.filter((d) => d.drewOn?.includes(id)).map((d) => d.id)],
    ] as const;
    for (const [relation, others] of lineage) {
      if (others.length === 0) continue;
      const line = appendText(card, 'p', `${relation}: `, 'tl-card-lineage');
      others.forEach((other, i) => {
        const { url, label, title, lang } = byId.get(other)!;
        const to = textElement('a', label ?? title, '', lang) as HTMLAnchorElement;
        to.href = url;
        to.tabIndex = -1;
        line.append(...(i > 0 ? [', ', to] : [to]));
      });
    }
  }

  const hide = () => (card.hidden = true);
  let hideTimer = 0;
  return {
    card,
    show,
    hide,
    /** Cancels a `hideSoon`. */
    keep: () => clearTimeout(hideTimer),
    /** Hides the card in a moment, unless the pointer is on it or a mark has the focus. */
    hideSoon(svg: SVGSVGElement) {
      hideTimer = window.setTimeout(() => {
        if (!card.matches(':hover') && !svg.querySelector('a.tl-event:focus')) hide();
      }, 300);
    },
  };
}
