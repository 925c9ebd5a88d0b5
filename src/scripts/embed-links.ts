/**
 * Keeps an embed's "open the full page" links pointing at what the reader is looking at,
 * and returns that URL. Fragments only come from our own ids, encoded.
 */
export function absoluteFullPage(fragment: string): string {
  let href = '';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-full-page]')) {
    const target = new URL(link.href);
    target.hash = fragment;
    link.href = target.href;
    href = target.href;
  }
  return href;
}
