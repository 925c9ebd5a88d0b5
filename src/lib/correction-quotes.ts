/**
 * Checkable corrections: a log entry that says words changed quotes them (`now`: what a
 * reader should find on the event's page; `was`: what they should no longer find), and the
 * build compares those quotes with the page it wrote. Pure functions; the build step that
 * calls them is src/middleware/check-corrections.ts.
 */

/** An entry's quoted words, in the log's language. */
export interface CorrectionQuotes {
  now: readonly string[];
  was: readonly string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Text as a reader would search it: quote marks of every style made plain, every run of
 * whitespace (no-break and thin spaces too) one space, dashes and case left as written.
 */
export function comparableText(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f]+/g, ' ')
    .trim();
}

/**
 * The words of an HTML page's `<article>` (the whole page if it has none) as a reader reads
 * them: without tags, citation marks (`<sup class="cite">`) or claim tags, which sit between
 * the words of a sentence, and with entities decoded.
 */
export function readableText(html: string): string {
  const article = /<article\b[\s\S]*<\/article>/.exec(html)?.[0] ?? html;
  const text = article
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<sup class="cite"[\s\S]*?<\/sup>/g, '')
    .replace(/<span class="claim-tag">[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return comparableText(text);
}

/** What a page's text contradicts in an entry's quotes: each `now` it lacks, each `was` it still has. */
export function correctionQuoteProblems(quotes: CorrectionQuotes, pageText: string): string[] {
  const page = comparableText(pageText);
  return [
    ...quotes.now.filter((words) => !page.includes(comparableText(words))).map((words) => `now: the page does not say "${words}"`),
    ...quotes.was.filter((words) => page.includes(comparableText(words))).map((words) => `was: the page still says "${words}"`),
  ];
}
