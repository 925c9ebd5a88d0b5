/** Builds the site into a temporary folder with the given environment, for tests of other configurations. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = new URL('../..', import.meta.url).pathname;

export function buildSite(env: Record<string, string>, dir = mkdtempSync(join(tmpdir(), 'strait-build-'))) {
  // process.execPath: the Node that runs the tests (24), not whatever `node` is first on PATH.
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
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
