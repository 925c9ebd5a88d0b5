/**
 * The story's identity, read once at build time from `<content>/site.yaml` (CONTENT_DIR
 * points at another story's folder): its words, how strictly it is sourced, its threads.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSiteFile } from '../lib/site-file.ts';

const file = join(process.env.CONTENT_DIR ?? './content', 'site.yaml');

export const SITE = parseSiteFile(readFileSync(file, 'utf8'), relative(process.cwd(), file) || file);

/** The story's thread ids, in the order of the timeline's lanes. */
export const THREAD_IDS: readonly string[] = SITE.threads.map((thread) => thread.id);
