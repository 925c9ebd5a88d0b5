/**
 * Size budgets per page type, in gzipped bytes of what the page loads at first (HTML, CSS,
 * JavaScript with its static imports). Set from the sizes in November 2026 plus a small
 * margin, and the HTML raised in December 2026 for a chronology of 35 events (the pages that
 * carry every event grow with it); the timeline's script raised from 20 to 22 KB in December
 * 2026 for deep time (years BC and billions of years ago on its axis and in its card, about
 * 1.2 KB); a page that outgrows one fails `npm test` (e2e/budgets.test.ts).
 * KB here means 1,024 bytes.
 */
const KB = 1024;

export interface Budget {
  /** A built page of this type. */
  page: string;
  html: number;
  css: number;
  js: number;
  /** Why these numbers. */
  reason: string;
}

export const BUDGETS: Record<string, Budget> = {
  home: { page: '/', html: 14 * KB, css: 7 * KB, js: 22 * KB, reason: 'The lede, five cards and the whole timeline (SVG, list and data), with its script.' },
  story: { page: '/story/', html: 100 * KB, css: 7 * KB, js: 2 * KB, reason: 'Every event in full with its references (about 2.3 KB per event), the overview and chapters; the only scripts are the search button and the language switch.' },
  event: { page: '/events/2007-tkm-world-link/', html: 10 * KB, css: 7 * KB, js: 2 * KB, reason: 'One event with its figures, other dates and lineage; scripts only open search and Share / embed, which load the rest on demand.' },
  timeline: { page: '/timeline/', html: 15 * KB, css: 7 * KB, js: 22 * KB, reason: 'The timeline, drawn, filterable and keyboard-usable; wheel, pinch and drag zoom (d3-zoom, about 18 KB) load on demand.' },
  embed: { page: '/embed/', html: 12 * KB, css: 7 * KB, js: 22 * KB, reason: 'The timeline in an iframe: its script plus the 1 KB that reports its height.' },
  'embed card': { page: '/embed/events/2007-tkm-world-link/', html: 1.5 * KB, css: 7 * KB, js: 0.75 * KB, reason: 'A card: text, the height reporter and the links=top option only.' },
  // The Russian edition: the same pages, about a quarter heavier in HTML (a Cyrillic letter
  // takes two bytes in UTF-8, and Russian runs longer than English); the same scripts.
  'home, ru': { page: '/ru/', html: 17 * KB, css: 7 * KB, js: 22 * KB, reason: 'As the English home page, in Russian.' },
  'story, ru': { page: '/ru/story/', html: 125 * KB, css: 7 * KB, js: 2 * KB, reason: 'As the English story, in Russian (about 3 KB per event).' },
  'event, ru': { page: '/ru/events/2007-tkm-world-link/', html: 13 * KB, css: 7 * KB, js: 2 * KB, reason: 'As the English event page, in Russian.' },
  'timeline, ru': { page: '/ru/timeline/', html: 18 * KB, css: 7 * KB, js: 22 * KB, reason: 'As the English timeline, in Russian.' },
  'embed, ru': { page: '/ru/embed/', html: 15 * KB, css: 7 * KB, js: 22 * KB, reason: 'As the English timeline embed, in Russian.' },
};
