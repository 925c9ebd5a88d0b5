/**
 * A slide's HTML as safe MDX, and as plain text.
 *
 * The HTML is parsed (rehype-parse), cut down to what a story's prose uses (rehype-sanitize:
 * paragraphs, http/https/mailto links, emphasis, strong, line breaks, lists, blockquotes;
 * scripts, styles, frames and their content go, and so do event handlers, `javascript:` and
 * relative links, keeping the words; headings become bold lines, and an image on the web with
 * alt text a link to it), turned into Markdown's tree (rehype-remark), given a
 * `<Cite>` after each paragraph that holds links, and written as MDX (remark-stringify with
 * remark-mdx), which escapes what MDX would read as JSX or an expression: `<`, `{`, `}`, and
 * a line that starts with `import ` or `export `.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeRemark from 'rehype-remark';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { toText } from 'hast-util-to-text';
import type { Root as HastRoot, Element, ElementContent, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, Paragraph, PhrasingContent, RootContent as MdastContent, Link as MdastLink } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { sentences } from '../citation-coverage.ts';
import { shorten } from '../ellipsis.ts';

/** A link in a slide's text: where it goes and its words. */
export interface Link {
  url: string;
  text: string;
}

/** What stays of a slide's HTML. */
const SCHEMA: SanitizeSchema = {
  tagNames: ['p', 'a', 'em', 'i', 'strong', 'b', 'br', 'ul', 'ol', 'li', 'blockquote'],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: { li: ['ol', 'ul'] },
  // Elements that go with everything in them; any other element not kept leaves its words.
  strip: ['script', 'style', 'iframe', 'frame', 'frameset', 'noscript', 'template', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'textarea', 'select', 'button', 'head', 'title'],
  clobber: [],
  clobberPrefix: '',
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/** Elements that stand as blocks: kept as a paragraph when they hold only phrasing, so their words stay apart. */
const BLOCKS = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'figure', 'figcaption', 'address', 'center', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'pre', 'td', 'th', 'caption', 'summary', 'details', 'hgroup']);
const FLOW = new Set([...BLOCKS, 'p', 'ul', 'ol', 'li', 'blockquote', 'table', 'tr', 'tbody', 'thead', 'tfoot', 'dl', 'hr', 'form', 'fieldset']);

const isElement = (node: HastContent | ElementContent): node is Element => node.type === 'element';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Before sanitising: a block of phrasing (`<div>`, `<h2>`) becomes a paragraph, so its words
 * stay a block of their own, a heading's in bold (the page's own headings keep their outline);
 * an image on the web with alt text, outside a link, becomes a link to it in those words, so it
 * is cited like any other link (the site loads nothing from another origin).
 */
function blocksAsParagraphs(node: HastRoot | Element, inLink = false): void {
  for (const [index, child] of node.children.entries()) {
    if (!isElement(child)) continue;
    const { src, alt } = child.properties;
    if (child.tagName === 'img' && !inLink && typeof src === 'string' && /^https?:/i.test(src.trim()) && typeof alt === 'string' && alt.trim()) {
      node.children[index] = { type: 'element', tagName: 'a', properties: { href: src.trim() }, children: [{ type: 'text', value: alt.trim() }] };
      continue;
    }
    blocksAsParagraphs(child, inLink || child.tagName === 'a');
    if (BLOCKS.has(child.tagName) && !child.children.some((c) => isElement(c) && FLOW.has(c.tagName))) {
      if (HEADINGS.has(child.tagName)) child.children = [{ type: 'element', tagName: 'strong', properties: {}, children: child.children }];
      child.tagName = 'p';
      child.properties = {};
    }
  }
}

const LINK_PROTOCOL = /^(?:https?:|mailto:)/i;

/**
 * After sanitising: a link that does not go to a web page or an address (a relative, malformed
 * or emptied one) leaves its words; the others are written as the URL standard writes them.
 */
function unwrapOtherLinks(node: HastRoot | Element): void {
  const children: HastContent[] = [];
  for (const child of node.children as HastContent[]) {
    if (!isElement(child)) {
      children.push(child);
      continue;
    }
    unwrapOtherLinks(child);
    const href = child.properties.href;
    const goesSomewhere = typeof href === 'string' && LINK_PROTOCOL.test(href.trim()) && URL.canParse(href.trim());
    if (child.tagName !== 'a') children.push(child);
    else if (goesSomewhere) {
      // As the URL standard writes it: spaces and other unsafe characters percent-encoded.
      child.properties.href = new URL(href.trim()).href;
      children.push(child);
    } else children.push(...child.children);
  }
  node.children = children as typeof node.children;
}

const toHast = unified()
  .use(rehypeParse, { fragment: true })
  .use(() => (tree: HastRoot) => blocksAsParagraphs(tree))
  .use(rehypeSanitize, SCHEMA)
  .use(() => unwrapOtherLinks);

const toMdast = unified().use(rehypeRemark);

const STRINGIFY: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  // `<https://…>` is an autolink in Markdown but a broken tag in MDX.
  resourceLink: true,
  unsafe: [
    // remark-mdx escapes `{` and `<`; a lone `}` is escaped too, so no text can close an expression.
    { character: '}', inConstruct: ['phrasing'] },
    { atBreak: true, character: '}' },
    // A line starting "import " or "export " is an ES module statement to MDX: write its first letter as a character reference.
    { atBreak: true, character: 'i', after: 'mport[\\t ]' },
    { atBreak: true, character: 'e', after: 'xport[\\t ]' },
  ],
};

const toMdx = unified().use(remarkMdx).use(remarkStringify, STRINGIFY);

/** The sanitised HTML tree of a slide's text. */
function sanitised(html: string): HastRoot {
  return toHast.runSync(toHast.parse(html)) as HastRoot;
}

/** Plain text of an mdast node's phrasing. */
function mdastText(node: MdastContent | PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as PhrasingContent[]).map(mdastText).join('');
  return node.type === 'break' ? ' ' : '';
}

/** Collapses runs of white space to one space. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A `<Cite ids="…" />` for the engine. */
function citeElement(ids: string[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: ids.join(' ') }], children: [] };
}

/** The links in a paragraph, in order. */
function linksIn(node: Paragraph | PhrasingContent, found: MdastLink[] = []): MdastLink[] {
  if (node.type === 'link') found.push(node);
  if ('children' in node) for (const child of node.children as PhrasingContent[]) linksIn(child, found);
  return found;
}

/** Ends a paragraph with a citation: after its last words, one space before. */
function appendCite(paragraph: Paragraph, ids: string[]): void {
  const last = paragraph.children.at(-1);
  if (last?.type === 'mdxJsxTextElement' && last.name === 'Cite') {
    const attribute = last.attributes[0];
    if (attribute && attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
      const merged = [...new Set([...attribute.value.split(' '), ...ids])];
      attribute.value = merged.join(' ');
      return;
    }
  }
  if (last?.type === 'text') last.value = last.value.trimEnd();
  if (last?.type === 'break') paragraph.children.pop();
  paragraph.children.push({ type: 'text', value: ' ' }, citeElement(ids));
}

/** Every paragraph of a tree, in document order. */
function paragraphs(node: MdastRoot | MdastContent, found: Paragraph[] = []): Paragraph[] {
  if (node.type === 'paragraph') found.push(node);
  else if ('children' in node) for (const child of node.children as MdastContent[]) paragraphs(child, found);
  return found;
}

export interface MdxOptions {
  /** The source id a link cites, or undefined when it cites none (a mailto: link). Called in document order. */
  cite?: ((link: Link) => string | undefined) | undefined;
  /**
   * Ids cited after the whole text (a slide's media): at the end of its last paragraph, or
   * standing alone. A function is called once the text's links have been cited, so that the
   * media's source is numbered after them.
   */
  citeAfter?: string[] | (() => string[]) | undefined;
}

/**
 * A slide's HTML as MDX: safe, escaped, each paragraph or list item that holds links ending
 * in `<Cite ids="…" />` for the sources those links are. Empty text gives an empty string.
 */
export function htmlToMdx(html: string, options: MdxOptions = {}): string {
  const tree = toMdast.runSync(sanitised(html)) as MdastRoot;
  for (const paragraph of paragraphs(tree)) {
    const links = linksIn(paragraph);
    // A link without words says nothing and cites nothing.
    for (const link of links) if (collapse(mdastText(link)) === '') link.url = '';
    const ids = links.flatMap((link) => {
      if (!link.url) return [];
      const id = options.cite?.({ url: link.url, text: collapse(mdastText(link)) });
      return id ? [id] : [];
    });
    if (ids.length > 0) appendCite(paragraph, [...new Set(ids)]);
  }
  removeEmptyLinks(tree);
  const after = typeof options.citeAfter === 'function' ? options.citeAfter() : (options.citeAfter ?? []);
  if (after.length > 0) {
    const last = tree.children.at(-1);
    if (last?.type === 'paragraph') appendCite(last, after);
    else tree.children.push({ type: 'paragraph', children: [citeElement(after)] });
  }
  if (tree.children.length === 0) return '';
  return String(toMdx.stringify(tree)).trim();
}

/** Drops links emptied above (no words), keeping nothing of them. */
function removeEmptyLinks(node: MdastRoot | MdastContent | PhrasingContent): void {
  if (!('children' in node)) return;
  const children = node.children as (MdastContent | PhrasingContent)[];
  const kept = children.filter((child) => !(child.type === 'link' && child.url === ''));
  for (const child of kept) removeEmptyLinks(child);
  (node as { children: unknown[] }).children = kept;
}

/** The words of some HTML, tags gone and entities decoded, on one line: a headline, a caption. */
export function plainText(html: string): string {
  return collapse(toText(sanitised(html)));
}

/** The first sentence of some HTML's words, at most `max` characters (cut at a word with "…"); empty when it has none. */
export function firstSentence(html: string, max = 200): string {
  const blocks = toText(sanitised(html))
    .split(/\n+/)
    .map(collapse)
    .filter(Boolean);
  const first = blocks[0];
  if (!first) return '';
  const sentence = collapse(sentences(first, 'en')[0]?.sentence ?? first);
  return shorten(sentence, max);
}
