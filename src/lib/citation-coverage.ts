/**
 * Citation coverage: every sentence of a text carries a citation. A block of prose is its
 * plain text plus the offsets where citations stand; sentences come from Intl.Segmenter,
 * mended where it breaks after an abbreviation this story uses.
 */

/** A sentence with no citation, and where it starts in its block's text. */
export interface UncitedSentence {
  sentence: string;
  offset: number;
}

/**
 * Words ending in a full stop that do not end a sentence: titles, initials' company and the
 * Russian short forms (г. for год, млрд for миллиард, т. е. for то есть). A single capital
 * with a full stop (T. Y. Lin, А. И. Шумилин) is an initial wherever it stands.
 */
const ABBREVIATIONS = [
  'Rep', 'Sen', 'Gov', 'Gen', 'Col', 'Capt', 'Lt', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'No', 'Nos', 'vol', 'pp', 'ca', 'cf', 'vs', 'approx',
  'e.g', 'i.e', 'U.S', 'U.K', 'U.N', 'a.m', 'p.m',
  'г', 'гг', 'т. е', 'т.е', 'т. д', 'т. п', 'т. н', 'млрд', 'млн', 'тыс', 'долл', 'руб', 'им', 'см', 'ср', 'др', 'св', 'ок',
];
const escaped = ABBREVIATIONS.map((a) => a.replace(/[.]/g, '\\.').replace(/ /g, '\\s?'));
const ENDS_IN_ABBREVIATION = new RegExp(`(?:^|[\\s(«"“‘'—–-])(?:${escaped.join('|')}|\\p{Lu})\\.[)»”’"']*$`, 'u');

/** Does this piece of text end with an abbreviation or an initial rather than a sentence? */
export function endsInAbbreviation(text: string): boolean {
  return ENDS_IN_ABBREVIATION.test(text.trimEnd());
}

/** Does this text leave a quotation open (“…, «…, or an odd number of straight quotes)? */
export function leavesQuoteOpen(text: string): boolean {
  const count = (marks: RegExp) => text.match(marks)?.length ?? 0;
  return count(/[“«„]/g) > count(/[”»]/g) || count(/"/g) % 2 === 1;
}

/** A piece that cannot start a sentence: it opens with a lower-case letter or a bracket. */
const continuesSentence = (segment: string) => /^[\p{Ll}(]/u.test(segment);

/**
 * The sentences of a text, with their offsets: Intl.Segmenter's, joined where it broke after
 * an abbreviation or an initial, inside a quotation, or before words that continue a sentence
 * (a bracketed translation after a quoted headline).
 */
export function sentences(text: string, locale: string): { sentence: string; offset: number }[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const result: { sentence: string; offset: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const last = result.at(-1);
    if (last && (endsInAbbreviation(last.sentence) || leavesQuoteOpen(last.sentence) || continuesSentence(segment))) last.sentence += segment;
    else result.push({ sentence: segment, offset: index });
  }
  return result;
}

/** Does the text say anything (a letter or a digit), rather than being stray punctuation? */
const saysSomething = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * The sentences of a block that no citation belongs to. A citation belongs to the sentence
 * it follows: the last sentence whose first word stands before it. So a mark after a full
 * stop cites the sentence before, and a mark inside a sentence cites that sentence.
 */
export function uncitedSentences(text: string, citations: readonly number[], locale: string): UncitedSentence[] {
  const found = sentences(text, locale);
  const firstWord = found.map(({ sentence, offset }) => offset + (sentence.length - sentence.trimStart().length));
  const cited = new Set<number>();
  for (const at of citations) {
    let owner = 0;
    for (let i = 0; i < found.length; i++) if (firstWord[i]! < at) owner = i;
    cited.add(owner);
  }
  return found
    .map(({ sentence, offset }, i) => ({ sentence: sentence.trim(), offset: firstWord[i]!, i }))
    .filter(({ sentence, i }) => !cited.has(i) && saysSomething(sentence))
    .map(({ sentence, offset }) => ({ sentence, offset }));
}
