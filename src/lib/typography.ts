/**
 * Typographic quotes for text that does not pass through the Markdown processor
 * (titles, summaries and labels in frontmatter), so it matches the MDX bodies, whose
 * quotes the processor already curls.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{—–-])'/g, '$1‘')
    .replace(/'/g, '’');
}
