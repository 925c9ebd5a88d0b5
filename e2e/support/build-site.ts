/** Builds the site into a temporary folder with the given environment, for tests of other configurations. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = new URL('../..', import.meta.url).pathname;

/**
 * Two builds from the project root at once would share its .astro folder and break each
 * other (two Playwright workers, say): a build waits for the one under way.
 */
export function oneAtATime<T>(run: () => T): T {
  const lock = join(projectRoot, 'node_modules', '.build-site.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build takes was left by a build that was killed.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 20 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Gone meanwhile: try again.
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds the project at `root` (this one, or a changed copy of it) into `dir`/dist.
 * `locked`: the caller already holds the lock.
 */
export function buildSite(env: Record<string, string>, dir = mkdtempSync(join(tmpdir(), 'strait-build-')), root = projectRoot, { locked = false } = {}) {
  return locked ? build(env, dir, root) : oneAtATime(() => build(env, dir, root));
}

function build(env: Record<string, string>, dir: string, root: string) {
  // process.execPath: the Node that runs the tests (24), not whatever `node` is first on PATH.
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      OUT_DIR: join(dir, 'dist'),
      CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  return { dir, dist: join(dir, 'dist'), status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
