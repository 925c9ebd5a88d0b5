/**
 * The threads of the story: the form a proposal took, or why an event is in the
 * chronology at all. The one list of threads; their names and descriptions are interface
 * strings (src/i18n/ui/), their colours live in src/styles/global.css under `.thread-<id>`
 * (a unit test checks every id has one).
 */
export const THREAD_IDS = ['railway', 'bridge', 'tunnel', 'corridor', 'politics', 'context'] as const;

export type ThreadId = (typeof THREAD_IDS)[number];
