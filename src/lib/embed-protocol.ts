/**
 * The embed protocol's name: the iframe attribute a host page marks our embeds with
 * (`data-<name>`), the prefix of the messages between embed and host (`<name>:resize`) and
 * the host script's guard. It is the story's English name as a slug ("The River Road":
 * `the-river-road`), so each story's embeds keep to themselves and an existing host page
 * keeps working.
 */
import { slug } from './slug.ts';

export function embedProtocolName(siteName: string): string {
  const name = slug(siteName);
  return /^[a-z]/.test(name) ? name : `timeline-${name || 'embed'}`;
}

/** A `data-` attribute name as the DOM's dataset spells it: `the-river-road` is `theRiverRoad`. */
export const datasetKey = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The host script (/embed.js) for a protocol name. Include it once on a page that embeds
 * the site's iframes (`<iframe ... data-<name>>`): it sizes each iframe to the height its
 * content reports and re-dispatches the reader's selection as a DOM event on the iframe.
 * Only messages from the iframe's own window and origin are acted on. No dependencies.
 */
export function embedHostScript(name: string): string {
  const json = JSON.stringify;
  return `/*
 * ${name} embed host script. Include it once on a page that embeds the site's iframes
 * (<iframe ... data-${name}>). It sizes each iframe to the height its content reports and
 * re-dispatches the reader's selection as a DOM event on the iframe:
 *   iframe.addEventListener('${name}:select', (e) => console.log(e.detail.id, e.detail.url));
 * Only messages from the iframe's own window and origin are acted on. No dependencies.
 */
(function () {
  var GUARD = ${json(`${datasetKey(name)}Embed`)};
  if (window[GUARD]) return;
  window[GUARD] = true;
  var PREFIX = ${json(`${name}:`)};
  var SELECTOR = ${json(`iframe[data-${name}]`)};
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf(PREFIX) !== 0) return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (error) { return; }
      if (origin !== event.origin) return;
      if (data.type === PREFIX + 'resize' && typeof data.height === 'number' && data.height > 0 && data.height < 100000) {
        frame.style.height = Math.ceil(data.height) + 'px';
      } else if (data.type === PREFIX + 'select' && typeof data.id === 'string') {
        frame.dispatchEvent(new CustomEvent(PREFIX + 'select', { bubbles: true, detail: { id: data.id, url: String(data.url || '') } }));
      }
      return;
    }
  });
  // An embed that loaded before this script ran has already posted its height, unheard: ask again.
  var frames = document.querySelectorAll(SELECTOR);
  for (var i = 0; i < frames.length; i++) {
    try {
      frames[i].contentWindow.postMessage({ type: PREFIX + 'ask-height' }, new URL(frames[i].src, location.href).origin);
    } catch (error) {
      // No window yet, or no valid src: that embed reports its height when it loads.
    }
  }
})();
`;
}
