import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { splitIds } from '../lib/sources.ts';
import { firstAppearanceOrder } from '../lib/citations.ts';
import { isPassage } from './content-path.ts';

/** What the plugin records for the event page, read back as `remarkPluginFrontmatter.citations`. */
export interface BodyCitations {
  /** Every id the body cites, in the order first cited. */
  order: string[];
  /** For each id, the number of the first citation mark that cites it (for back links). */
  firstMark: Record<string, number>;
  /** Each component that cites, with its ids, for error messages. */
  uses: { component: string; ids: string[] }[];
}

interface JsxNode {
  type: string;
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
}

/**
 * Numbers the citations in an event's MDX body at compile time (not in a page's passage,
 * whose <SourceRef>s link to the bibliography by id). Any component with an
 * `ids="S05 S13"` attribute (<Cite>, <Claim>, <Wording>) gets `numbers` (its ids'
 * numbers in the event's reference list), `mark` (a running count, for anchors) and
 * `event` (the file's id). Components then render links without knowing the page.
 */
export const citationNumbering: MdastPluginEntry = (file) => {
  if (!file.fileURL || file.sourceFormat !== 'mdx' || isPassage(fileURLToPath(file.fileURL))) return null;
  const eventId = basename(fileURLToPath(file.fileURL)).replace(/\.mdx$/, '');
  const citations: BodyCitations = { order: [], firstMark: {}, uses: [] };
  let marks = 0;

  const visit = (node: JsxNode, ctx: { replaceNode: (node: never, next: never) => void; data: Record<string, any> }) => {
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'ids');
    if (!attribute) return;
    if (typeof attribute.value !== 'string') {
      throw new Error(`${fileURLToPath(file.fileURL!)}: body: <${node.name}> ids must be a plain string like ids="S05 S13"`);
    }
    const ids = splitIds(attribute.value);
    citations.uses.push({ component: node.name ?? '?', ids });
    citations.order = firstAppearanceOrder([citations.order, ids]);
    const mark = ++marks;
    for (const id of ids) citations.firstMark[id] ??= mark;
    const numbers = ids.map((id) => citations.order.indexOf(id) + 1).join(' ');
    const extra = { numbers, mark: String(mark), event: eventId };
    ctx.replaceNode(
      node as never,
      {
        ...node,
        attributes: [
          ...node.attributes,
          ...Object.entries(extra).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
        ],
      } as never,
    );
    ctx.data.astro.frontmatter.citations = citations;
  };

  return {
    name: 'citation-numbering',
    mdxJsxFlowElement: visit as never,
    mdxJsxTextElement: visit as never,
  };
};
