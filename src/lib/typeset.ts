import Typograf from 'typograf';

/**
 * No-break spaces where a language's typography wants them (Russian: before г., км, млрд
 * and млн, between initials, between a day and its month), set in a page's HTML by Typograf.
 * Only its no-break-space rules run: quotes, dashes and words stay as written, and tags,
 * attributes, scripts, styles and code are left alone.
 */
const typografs = new Map<string, Typograf>();

function typografFor(locale: string): Typograf {
  let typograf = typografs.get(locale);
  if (!typograf) {
    typograf = new Typograf({ locale: [locale] });
    typograf.disableRule('*');
    typograf.enableRule(`${locale}/nbsp/*`);
    typograf.enableRule('common/nbsp/afterNumber');
    typografs.set(locale, typograf);
  }
  return typograf;
}

/** The HTML with the language's no-break spaces set; unchanged for a language without rules. */
export function typesetHtml(html: string, typografLocale: string | undefined): string {
  return typografLocale ? typografFor(typografLocale).execute(html) : html;
}
