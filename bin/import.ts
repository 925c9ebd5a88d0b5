/**
 * npm run import -- FILE DIR
 *
 * Imports a TimelineJS story (its JSON, or its spreadsheet saved as CSV, by FILE's
 * extension) as a complete content folder in DIR, for `CONTENT_DIR=DIR npm run build`.
 * DIR must not exist or be an empty folder, and may not be the project's own content/.
 * The folder is written beside DIR as DIR.partial-<pid> and renamed into place at the end,
 * so a failed import leaves nothing behind. The work is done by src/lib/timelinejs/.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importStory, formatOf } from '../src/lib/timelinejs/import-story.ts';
import { ImportError } from '../src/lib/timelinejs/problems.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A stop with a message for the user. */
class Stop extends Error {}

/** The path as it really is: symbolic links resolved in the part of it that exists. */
function realPath(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

const isInside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** How to name the folder in the next command: relative to the project, where npm runs the build, when it is inside it. */
function forBuild(dir: string): string {
  const shown = isInside(PROJECT, dir) ? relative(PROJECT, dir) || '.' : dir;
  return /^[\w./-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`;
}

function main(args: string[]): void {
  if (args.length !== 2) throw new Stop('usage: npm run import -- FILE DIR (FILE: a TimelineJS .json file or sheet saved as .csv; DIR: a new folder)');
  // npm runs scripts from the project's folder; paths are the user's, from where they typed them.
  const base = process.env.INIT_CWD ?? process.cwd();
  const file = resolve(base, args[0]!);
  const dir = resolve(base, args[1]!);
  formatOf(basename(file));

  const contentDir = realPath(join(PROJECT, 'content'));
  if (isInside(contentDir, realPath(dir))) throw new Stop(`${args[1]}: is the project's own content/ (or inside it); import into a new folder`);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new Stop(`${args[1]}: exists and is not a folder; import never overwrites`);
    if (readdirSync(dir).length > 0) throw new Stop(`${args[1]}: exists and is not empty; import never overwrites`);
  } else if (!existsSync(dirname(dir))) {
    throw new Stop(`${args[1]}: its folder ${dirname(dir)} does not exist`);
  }

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Stop(`cannot read ${args[0]}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const from = dirname(file);
  const content = importStory(text, {
    file: basename(file),
    today: new Date().toISOString().slice(0, 10),
    mediaExists: (path) => existsSync(resolve(from, path)) && statSync(resolve(from, path)).isFile(),
  });

  const partial = `${dir}.partial-${process.pid}`;
  const cleanUp = () => rmSync(partial, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    mkdirSync(partial);
    for (const { path, text: body } of content.files) {
      mkdirSync(dirname(join(partial, path)), { recursive: true });
      writeFileSync(join(partial, path), body);
    }
    for (const copy of content.copies) {
      mkdirSync(dirname(join(partial, copy.to)), { recursive: true });
      copyFileSync(resolve(from, copy.from), join(partial, copy.to));
    }
    if (existsSync(dir)) rmdirSync(dir);
    renameSync(partial, dir);
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }

  for (const note of content.notes) process.stderr.write(`import: note: ${note}\n`);
  const { events, eras, addedEras, threads, sources } = content.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const added = addedEras > 0 ? ` (${addedEras} added for events outside the story's eras)` : '';
  process.stdout.write(
    `Wrote ${plural(events, 'event')}, ${plural(eras, 'era')}${added}, ${plural(threads, 'thread')} and ${plural(sources, 'source')} to ${args[1]}` +
      `${content.copies.length > 0 ? `, with ${plural(content.copies.length, 'media file')}` : ''}.\n` +
      `Next: CONTENT_DIR=${forBuild(dir)} npm run build\n`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const lines = error instanceof ImportError ? error.problems : error instanceof Stop ? [error.message] : [String((error as Error).message ?? error)];
  for (const line of lines) process.stderr.write(`import: ${line}\n`);
  process.exitCode = 1;
}
