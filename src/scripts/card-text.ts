/**
 * The DOM the details cards are built of (the timeline's card and the embed's reader):
 * every string goes in as text, never as markup.
 */

/** An element holding `text`, with a class and a language where given. */
export function textElement(tag: string, text: string, className = '', lang?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  if (lang) node.lang = lang;
  return node;
}

/** Appends `textElement(…)` to `parent` and returns it. */
export function appendText(parent: Element, tag: string, text: string, className = '', lang?: string): HTMLElement {
  const node = textElement(tag, text, className, lang);
  parent.append(node);
  return node;
}
