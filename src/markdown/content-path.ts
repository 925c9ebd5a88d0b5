import { relative, resolve, sep } from 'node:path';

/** A file's path inside the story's content folder (CONTENT_DIR), or undefined when it is outside it. */
export function contentPath(path: string): string | undefined {
  const inContent = relative(resolve(process.env.CONTENT_DIR ?? './content'), path);
  return inContent.startsWith('..') ? undefined : inContent;
}

/**
 * True for a page's passage (`<content>/prose/<lang>/<Name>.mdx`, src/prose/): it cites
 * with <SourceRef>, by source id, and is neither numbered nor held to the every-sentence
 * check of event bodies, eras and the overview (it says how the site works, too).
 */
export function isPassage(path: string): boolean {
  return contentPath(path)?.split(sep)[0] === 'prose';
}
