/**
 * The search dialog: loads Pagefind on first use and lists results as links to events.
 * Pagefind keeps one index per language (from each page's <html lang>) and searches the
 * page's own; the dialog's words come from the page as data.
 */
import { plural, type PluralForms } from '../i18n/format.ts';
import { isLocale } from '../i18n/locales.ts';
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's excerpt marks matches with <mark>; keep those and the text, nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/**
 * Makes the (already open) dialog search: loads Pagefind and answers each keystroke. The
 * page opens the dialog itself at once, so a reader who presses Escape while this module
 * loads closes it, and nothing here opens it again.
 */
export function attachSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  pagefind ??= import(/* @vite-ignore */ dialog.dataset.pagefind!).then(async (module: Pagefind) => {
    await module.options({ baseUrl: dialog.dataset.base! });
    return module;
  });
  if (dialog.dataset.ready) return;
  dialog.dataset.ready = 'true';
  const answer = async () => {
    const query = input.value.trim();
    const search = await (await pagefind!).debouncedSearch(query);
    if (search === null) return; // superseded by a newer keystroke
    const results = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
        const date = Object.assign(document.createElement('span'), { className: 'search-date', textContent: result.meta.date ?? '' });
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, ' ', date, excerpt);
        return item;
      }),
    );
    const locale = isLocale(dialog.dataset.locale) ? dialog.dataset.locale : 'en';
    const forms = JSON.parse(dialog.dataset.results!) as PluralForms;
    status.textContent = query ? plural(locale, search.results.length, forms) : '';
  };
  input.addEventListener('input', answer);
  // A reader who typed while this module loaded has had no answer yet.
  if (input.value.trim()) void answer();
}
