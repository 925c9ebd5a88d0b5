/**
 * A site built once however many test files ask for it. Node's test runner and Playwright
 * run in separate processes, so the build is kept on disk, under a hash of all that decides
 * it: the recipe, the fixture, the project's code (src/, public/, astro.config.mjs) and the
 * lockfile. A change to any of them builds afresh; an unchanged recipe reuses the last build.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildSite, oneAtATime, projectRoot } from './build-site.ts';

export interface SiteRecipe {
  /** Names the build in the cache, and in an error. */
  name: string;
  /**
   * Folders under e2e/fixtures laid one over another as the content folder; the project's
   * own content when absent.
   */
  content?: string[];
  /** A TimelineJS file under e2e/fixtures imported (npm run import) as the content folder. */
  importFrom?: string;
  /** Other folders under e2e/fixtures that `changeProject` reads, hashed with the recipe. */
  reads?: string[];
  /** The build's environment: BASE_PATH, SITE_URL. */
  env?: Record<string, string>;
  /**
   * Changes made to a copy of the project before it builds (a language added in code, say).
   * Its source text is part of the hash, so editing it rebuilds.
   */
  changeProject?: (root: string) => void;
}

const CACHE = join(projectRoot, 'node_modules/.cache/site-builds');
const PROJECT_FILES = ['src', 'public', 'bin', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Every file under a path, as path and content, in a fixed order. */
function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (!statSync(full).isDirectory()) {
    hash.update(`${path}\0`).update(readFileSync(full)).update('\0');
    return;
  }
  for (const entry of readdirSync(full, { recursive: true, withFileTypes: false }).map(String).sort()) {
    const file = join(full, entry);
    if (statSync(file).isFile()) hash.update(`${join(path, entry)}\0`).update(readFileSync(file)).update('\0');
  }
}

function recipeHash(recipe: SiteRecipe): string {
  const hash = createHash('sha256').update(JSON.stringify([recipe.name, recipe.content, recipe.importFrom, recipe.reads, recipe.env, recipe.changeProject?.toString()]));
  for (const path of PROJECT_FILES) hashTree(hash, projectRoot, path);
  for (const folder of [...(recipe.content ?? []), ...(recipe.reads ?? [])]) hashTree(hash, projectRoot, join('e2e/fixtures', folder));
  if (recipe.importFrom) hashTree(hash, projectRoot, dirname(join('e2e/fixtures', recipe.importFrom)));
  else if (!recipe.content) hashTree(hash, projectRoot, 'content');
  return hash.digest('hex').slice(0, 16);
}

/** A copy of the project to change: its code copied, its node_modules linked. */
function copyProject(root: string): void {
  mkdirSync(root, { recursive: true });
  for (const path of PROJECT_FILES) if (existsSync(join(projectRoot, path))) cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
}

/** The built site's folder (its `dist`), built now or reused from an earlier run. */
export function siteBuild(recipe: SiteRecipe): string {
  const done = join(CACHE, `${recipe.name}-${recipeHash(recipe)}`);
  return oneAtATime(() => {
    if (existsSync(join(done, 'dist'))) return join(done, 'dist');
    const work = `${done}.partial`;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const env = { ...recipe.env };
    for (const folder of recipe.content ?? []) {
      cpSync(join(projectRoot, 'e2e/fixtures', folder), join(work, 'content'), { recursive: true });
      env.CONTENT_DIR = join(work, 'content');
    }
    if (recipe.importFrom) {
      const imported = spawnSync(process.execPath, [join(projectRoot, 'bin/import.ts'), join(projectRoot, 'e2e/fixtures', recipe.importFrom), join(work, 'content')], { encoding: 'utf8' });
      if (imported.status !== 0) throw new Error(`the ${recipe.name} import failed:\n${imported.stderr}`);
      env.CONTENT_DIR = join(work, 'content');
    }
    let root = projectRoot;
    if (recipe.changeProject) {
      root = join(work, 'project');
      copyProject(root);
      recipe.changeProject(root);
      env.CONTENT_DIR ??= join(projectRoot, 'content');
    }
    const result = buildSite(env, work, root, { locked: true });
    if (result.status !== 0) throw new Error(`the ${recipe.name} build failed:\n${result.output.slice(-3000)}`);
    // Older builds of this recipe are stale.
    for (const old of existsSync(CACHE) ? readdirSync(CACHE) : []) {
      if (old.startsWith(`${recipe.name}-`) && join(CACHE, old) !== work) rmSync(join(CACHE, old), { recursive: true, force: true });
    }
    rmSync(join(work, 'cache'), { recursive: true, force: true });
    rmSync(join(work, 'project'), { recursive: true, force: true });
    renameSync(work, done);
    return join(done, 'dist');
  });
}

/** The minimal fixture: two events, one of them translated into Russian from an older English text. */
export const MINIMAL_SITE: SiteRecipe = { name: 'minimal', content: ['minimal-content'] };

/** The site as GitHub Pages serves a project: under a sub-path of another site. */
export const SUBPATH_SITE = { name: 'subpath', env: { BASE_PATH: '/across-the-strait/', SITE_URL: 'https://example.github.io' } } satisfies SiteRecipe;

/**
 * A third language, written right to left: the minimal fixture with two events translated
 * into Hebrew, and the Hebrew edition added as README's "Adding a language" says: its
 * dictionary, and its entry in the list of languages. Nothing else in the code changes.
 */
export const RIGHT_TO_LEFT_SITE: SiteRecipe = {
  name: 'right-to-left',
  content: ['minimal-content', 'right-to-left/content'],
  reads: ['right-to-left/project'],
  changeProject(root) {
    cpSync(join(projectRoot, 'e2e/fixtures/right-to-left/project'), root, { recursive: true });
    const edit = (path: string, find: string, add: string) => {
      const text = readFileSync(join(root, path), 'utf8');
      if (!text.includes(find)) throw new Error(`${path} no longer has ${JSON.stringify(find)}: update the right-to-left fixture and README's steps`);
      writeFileSync(join(root, path), text.replace(find, find + add));
    };
    edit('src/i18n/locales.ts', "typograf: 'ru' },", "\n  he: { name: 'עברית', intl: 'he', og: 'he_IL', dir: 'rtl', typograf: undefined },");
    edit('src/i18n/index.ts', "import { ru } from './ui/ru.ts';", "\nimport { he } from './ui/he.ts';");
    edit('src/i18n/index.ts', '{ en, ru', ', he');
  },
};

/** Another story: the TimelineJS fixture, imported as a content folder, in English only and openly sourced. */
export const ANOTHER_STORY_SITE: SiteRecipe = { name: 'another-story', importFrom: 'timelinejs/story.json' };

/** A story in deep time, imported from a TimelineJS sheet: from 13.8 billion years ago, through years BC, to 1969. */
export const DEEP_TIME_SITE: SiteRecipe = { name: 'deep-time', importFrom: 'timelinejs/deep-time.csv' };
