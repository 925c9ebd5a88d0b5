/**
 * The story's map, read once at build time from `<content>/map.yaml` when the story has
 * one (CONTENT_DIR points at another story's folder): the region and what is drawn on it
 * besides the events' places. Without the file the story has no map page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseMapFile, type MapFile } from '../lib/map-file.ts';

const file = join(process.env.CONTENT_DIR ?? './content', 'map.yaml');

/** The file, as error messages name it. */
export const MAP_FILE = relative(process.cwd(), file) || file;

/** The story's map file, or undefined when it has none. */
export const MAP: MapFile | undefined = existsSync(file) ? parseMapFile(readFileSync(file, 'utf8'), MAP_FILE) : undefined;
