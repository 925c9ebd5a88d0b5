/**
 * The threads of the story: the form a proposal took, or why an event is in the
 * chronology at all. The one list of threads; their colours live in
 * src/styles/global.css under `.thread-<id>` (a unit test checks every id has one).
 */
export const THREADS = {
  railway: { label: 'Railway', description: 'Schemes for a railway line that would cross the strait.' },
  bridge: { label: 'Bridge', description: 'Designs and proposals for a bridge across the strait.' },
  tunnel: { label: 'Tunnel', description: 'Proposals for a tunnel under the strait.' },
  corridor: {
    label: 'Corridor',
    description: 'Whole transport and utility corridors, of which the crossing is one part.',
  },
  politics: { label: 'Political moment', description: 'Statements and meetings that put the idea in the news.' },
  context: {
    label: 'Context',
    description: 'Events that are not crossing proposals but explain the setting of the story.',
  },
} as const;

export type ThreadId = keyof typeof THREADS;

export const THREAD_IDS = Object.keys(THREADS) as [ThreadId, ...ThreadId[]];
