/**
 * The timeline's warm-up: when the page is idle, one piece at a time so that none keeps a
 * reader waiting, the events are read, laid out, and then `last` runs (d3-zoom and the card
 * summaries). Each piece comes at once instead if the reader needs it first.
 */
import type { TimelineEvent } from '../lib/timeline/layout.ts';
import type { TimelineModel } from './timeline-data.ts';
import type { TimelineLayouts } from './timeline-layouts.ts';

const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));

export function warmUp(readEvents: (count?: number) => TimelineModel | undefined, layouts: TimelineLayouts, last: () => void) {
  const prepare = () => {
    // A few hundred events at a time: each slice takes a few milliseconds.
    const model = readEvents(500);
    if (!model) {
      whenIdle(prepare);
      return;
    }
    const samples = samplesOf(model.events);
    const next = () => {
      const sample = samples.shift();
      if (sample) layouts.of(sample);
      else {
        layouts.now();
        whenIdle(last);
        return;
      }
      whenIdle(next);
    };
    whenIdle(next);
  };
  whenIdle(prepare);
}

/**
 * Most of the first layout of thousands of events is the browser compiling the layout's
 * code and meeting each event for the first time (its dates read, its label measured): a
 * sixteenth of them, then every event once, a thousand or so at a time, laid out first in
 * slices of their own, take that cost in pieces.
 */
function samplesOf(events: readonly TimelineEvent[]): TimelineEvent[][] {
  if (events.length < 1000) return [];
  const parts = Math.max(2, Math.ceil(events.length / 1000));
  return [events.filter((_, i) => i % 16 === 0), ...Array.from({ length: parts }, (_, part) => events.filter((_, i) => i % parts === part))];
}
