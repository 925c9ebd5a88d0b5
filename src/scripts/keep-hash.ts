/**
 * The language switch keeps the reader's place: following it carries the page's #fragment
 * (an event in the story, the timeline's #event=) to the same page in the other language.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}
