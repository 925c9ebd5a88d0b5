/*
 * Across the Strait embed host script. Include it once on a page that embeds our iframes
 * (<iframe ... data-across-the-strait>). It sizes each iframe to the height its content
 * reports and re-dispatches the reader's selection as a DOM event on the iframe:
 *   iframe.addEventListener('across-the-strait:select', (e) => console.log(e.detail.id, e.detail.url));
 * Only messages from the iframe's own window and origin are acted on. No dependencies.
 */
(function () {
  if (window.acrossTheStraitEmbed) return;
  window.acrossTheStraitEmbed = true;
  var PREFIX = 'across-the-strait:';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf(PREFIX) !== 0) return;
    var frames = document.querySelectorAll('iframe[data-across-the-strait]');
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
  var frames = document.querySelectorAll('iframe[data-across-the-strait]');
  for (var i = 0; i < frames.length; i++) {
    try {
      frames[i].contentWindow.postMessage({ type: PREFIX + 'ask-height' }, new URL(frames[i].src, location.href).origin);
    } catch (error) {
      // No window yet, or no valid src: that embed reports its height when it loads.
    }
  }
})();
