/**
 * Inside an embed's iframe: tells the embedding page the embed's height whenever it
 * changes, in our own message and in AMP's `embed-size`. See README, "Embedding".
 */
/** The embed protocol's message prefix: the story's protocol name (src/lib/embed-protocol.ts), which the page carries. */
export const MESSAGE_PREFIX = `${document.documentElement.dataset.embedName ?? 'embed'}:`;

/** Posts to the embedding page, if there is one. Messages carry nothing private. */
export function postToHost(message: object): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

const root = document.querySelector<HTMLElement>('[data-embed-root]');
if (root) {
  let last = 0;
  const reportHeight = (always: boolean) => {
    // A frame the host has not laid out yet is 0 px wide, and its content one word a line.
    if (innerWidth === 0) return;
    // The content's own height (not the iframe's), so that resizing never feeds back.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    postToHost({ type: `${MESSAGE_PREFIX}resize`, height, href: location.href });
    postToHost({ sentinel: 'amp', type: 'embed-size', height });
  };
  // Reported at once, not only when the observer first runs: Chromium renders no frame of
  // a cross-origin iframe out of view, so an embed pushed below the fold by another would
  // report nothing, and jump from its default height when the reader reached it.
  // Nor does the observer run there; `resize` and `load` still fire when the host sizes the frame.
  reportHeight(false);
  addEventListener('resize', () => reportHeight(false));
  addEventListener('load', () => reportHeight(false));
  new ResizeObserver(() => reportHeight(false)).observe(root);
  // A host script that starts after this one has missed the heights posted so far: it asks.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === `${MESSAGE_PREFIX}ask-height`) reportHeight(true);
  });
}

/**
 * `links=top`: a host that prefers it gets links to the full site opening in its own window
 * instead of a new tab (the default, which keeps its reader on its page).
 */
export function applyLinkTarget(scope: ParentNode = document): void {
  if (new URLSearchParams(location.search).get('links') !== 'top') return;
  for (const link of scope.querySelectorAll<HTMLAnchorElement | SVGAElement>('a[target="_blank"]')) {
    link.setAttribute('target', '_top');
    link.removeAttribute('rel');
    link.querySelector('.sr-only.new-tab')?.remove();
    const label = link.getAttribute('aria-label');
    if (label?.endsWith(' (opens in a new tab)')) link.setAttribute('aria-label', label.slice(0, -' (opens in a new tab)'.length));
  }
}
applyLinkTarget();
