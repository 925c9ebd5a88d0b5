/** Fixed events for the layout tests: a long history, ranges, disputed dates and a dense cluster. */
import { toTimelineEvent, type TimelineDatum } from './events.ts';
/** This documentary's threads, which the fixture events use. */
const THREAD_IDS = ['railway', 'bridge', 'tunnel', 'corridor', 'politics', 'context'];

const datum = (id: string, start: string, extra: Partial<TimelineDatum> = {}): TimelineDatum => ({
  id,
  title: extra.title ?? `Event ${id}`,
  dateLabel: start,
  start,
  thread: 'railway',
  core: false,
  alternatives: [],
  url: `/events/${id}/`,
  ...extra,
});

export const FIXTURE_DATA: TimelineDatum[] = [
  datum('telegraph', '1857', { end: '1867', thread: 'context', title: 'A telegraph across the strait' }),
  datum('gilpin', '1890', { title: 'The Cosmopolitan Railway' }),
  datum('scheme', '1902', { end: '1907', core: true, title: 'The Siberia–Alaska railway scheme', alternatives: [{ start: '1904' }, { start: '1905' }, { start: '1906-08' }] }),
  datum('lin', '1958', { thread: 'bridge', title: 'Lin’s Intercontinental Peace Bridge', alternatives: [{ start: '1968' }] }),
  datum('plan-2007', '2007-04-18', { thread: 'corridor', core: true, title: 'Russia’s 2007 plan' }),
  datum('summit', '2025-08', { thread: 'politics', title: 'A summit in Alaska' }),
  datum('post', '2025-10-16', { thread: 'tunnel', core: true, title: 'A tunnel proposed on X' }),
  datum('exchange', '2025-10-17', { thread: 'politics', core: true, title: 'An exchange at the White House' }),
  datum('reply-1', '2025-10-17', { thread: 'politics', title: 'A first reply in the dense cluster' }),
  datum('reply-2', '2025-10-17', { thread: 'politics', title: 'A second reply in the dense cluster' }),
  datum('reply-3', '2025-10-17', { thread: 'politics', title: 'A third reply in the dense cluster' }),
  datum('reply-4', '2025-10-18', { thread: 'politics', title: 'A fourth reply in the dense cluster' }),
  datum('aftermath', '2025-10-18', { end: '2025-10-23', thread: 'politics', title: 'The aftermath' }),
];

export const FIXTURE_EVENTS = FIXTURE_DATA.map(toTimelineEvent);

/** A crowd of events, seeded: thousands over 170 years in every thread, as the benchmark draws. */
export function crowd(count: number) {
  let state = count;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const year = 1857 + Math.floor(next() * 168);
    const precision = Math.floor(next() * 3);
    const start = precision === 0 ? `${year}` : precision === 1 ? `${year}-${pad(1 + Math.floor(next() * 12))}` : `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    return { ...FIXTURE_DATA[0]!, id: `c${i}`, start, end: undefined, title: `Crowded event ${i}`, thread: THREAD_IDS[Math.floor(next() * THREAD_IDS.length)]!, alternatives: next() < 0.1 ? [{ start: String(Math.min(year + 1, 2025)) }] : [] };
  })
    .sort((a, b) => a.start.localeCompare(b.start))
    .map(toTimelineEvent);
}

/** A story from the Big Bang to the Moon landing: years ago, BCE and CE on one axis. */
export const DEEP_TIME_EVENTS = [
  datum('big-bang', '-13800000000', { thread: 'context', core: true, title: 'The Big Bang' }),
  datum('earth', '-4540000000', { thread: 'context', title: 'The Earth forms' }),
  datum('life', '-3700000000', { thread: 'context', title: 'The first life' }),
  datum('dinosaurs', '-66000000', { thread: 'context', core: true, title: 'The dinosaurs die out' }),
  datum('humans', '-300000', { thread: 'railway', title: 'The first modern humans' }),
  datum('writing', '-3400', { thread: 'railway', title: 'Writing in Sumer' }),
  datum('pyramid', '-2560', { thread: 'bridge', title: 'The Great Pyramid' }),
  datum('rome', '-0044-03-15', { thread: 'politics', title: 'Caesar is killed' }),
  datum('printing', '1450', { thread: 'bridge', title: 'Printing in Mainz' }),
  datum('moon', '1969-07-20', { thread: 'tunnel', core: true, title: 'The Moon landing' }),
].map(toTimelineEvent);
