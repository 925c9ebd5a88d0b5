import { relative } from 'node:path';
import { SITE } from '../data/site.ts';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { uncitedSentences } from '../lib/citation-coverage.ts';
import { ContentError } from '../lib/content-error.ts';
import { contentPath, isPassage } from './content-path.ts';
import { LOCALES, splitLocale } from '../i18n/locales.ts';

/** The mdast a body is made of, as far as this check reads it. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** A run of prose: its text, where citations stand in it, and the line it starts on. */
interface Block {
  text: string;
  citations: number[];
  line: number;
}

/** Components whose `ids` cite what they stand in or after. */
const CITING = new Set(['Cite', 'SourceRef', 'Claim', 'Wording']);

const hasIds = (node: Node) => node.attributes?.some((a) => a.name === 'ids' && typeof a.value === 'string' && a.value.trim() !== '') ?? false;
const isCited = (node: Node): boolean => (CITING.has(node.name ?? '') && hasIds(node)) || (node.name === 'Quote' && (node.children ?? []).some(isCited));
const isInline = (node: Node) => !['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'mdxJsxFlowElement', 'table', 'code', 'thematicBreak', 'html'].includes(node.type);

/** Adds an inline node's words to a block, and a citation where a citing component stands. */
function addInline(node: Node, block: Block): void {
  if (node.type === 'text' || node.type === 'inlineCode') block.text += node.value ?? '';
  else if (node.type === 'break') block.text += '\n';
  for (const child of node.children ?? []) addInline(child, block);
  // A claim's mark stands after its words, as the page shows it.
  if (node.type === 'mdxJsxTextElement' && CITING.has(node.name ?? '') && hasIds(node)) block.citations.push(block.text.length);
}

/** The prose blocks of a tree that must be cited: not headings, not our analysis, not a cited quote. */
function proseBlocks(node: Node, out: Block[]): void {
  if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return;
  if (node.type === 'mdxJsxFlowElement' && (node.name === 'Analysis' || isCited(node))) return;
  if (node.type === 'paragraph') {
    const block = { text: '', citations: [], line: node.position?.start.line ?? 0 };
    addInline(node, block);
    out.push(block);
    return;
  }
  // A flow element may hold inline content directly (<Quote>words</Quote> on one line).
  let loose: Block | undefined;
  for (const child of node.children ?? []) {
    if (isInline(child)) {
      loose ??= { text: '', citations: [], line: child.position?.start.line ?? node.position?.start.line ?? 0 };
      addInline(child, loose);
    } else {
      if (loose) out.push(loose);
      loose = undefined;
      proseBlocks(child, out);
    }
  }
  if (loose) out.push(loose);
}

/** Every sentence of a body with no citation, as `line N: "sentence"`. */
export function uncitedInTree(root: Node, locale: string): string[] {
  const blocks: Block[] = [];
  proseBlocks(root, blocks);
  return blocks.flatMap((block) =>
    uncitedSentences(block.text, block.citations, locale).map(({ sentence, offset }) => {
      const line = block.line + (block.text.slice(0, offset).match(/\n/g)?.length ?? 0);
      return `line ${line}: "${sentence.replace(/\s+/g, ' ')}"`;
    }),
  );
}

/** Sentences without a source in an `open` story, by file: the build reports them at its end. */
export const UNCITED = new Map<string, number>();

/**
 * In a `strict` story (content/site.yaml), fails the build on a sentence without a citation
 * in any MDX text of the content folder (event bodies, era introductions, the overview), in
 * every language: each sentence carries a <Cite>, <SourceRef>, cited <Claim> or cited
 * <Quote>/<Wording>, or stands inside <Analysis>, or is a heading. In an `open` story it
 * counts them (UNCITED). The language, for splitting sentences, comes from the path.
 * The pages' passages (`prose/`, src/markdown/content-path.ts) are not checked: they say how
 * the site works (the method page, what a chart shows) as well as what the sources say.
 */
export const citationCoverage: MdastPluginEntry = (file) => {
  if (!file.fileURL || file.sourceFormat !== 'mdx') return null;
  const path = fileURLToPath(file.fileURL);
  const inContent = contentPath(path);
  if (inContent === undefined || isPassage(path)) return null;
  const { locale } = splitLocale(`/${inContent}`);
  return {
    name: 'citation-coverage',
    options: { position: true },
    before(root) {
      const uncited = uncitedInTree(root as unknown as Node, LOCALES[locale].intl);
      if (uncited.length > 0 && SITE.sourcing === 'open') UNCITED.set(relative(process.cwd(), path), uncited.length);
      else if (uncited.length > 0) {
        throw new ContentError(relative(process.cwd(), path), 'body', `${uncited.length === 1 ? 'a sentence has' : `${uncited.length} sentences have`} no citation (cite a listed source, or put our own reading in <Analysis>):\n  ${uncited.join('\n  ')}`);
      }
    },
  };
};
