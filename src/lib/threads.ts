/**
 * A thread of the story: the form a proposal took, or why an event is in the chronology at
 * all. The story names its threads, their words and colours in `content/site.yaml`
 * (src/lib/site-file.ts); the browser's scripts get their ids, in lane order, from the page.
 */
export type ThreadId = string;
