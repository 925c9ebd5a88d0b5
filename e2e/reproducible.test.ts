/** Two clean builds of the same commit produce byte-identical sites. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite } from './support/build-site.ts';

/** Every file of a folder with the SHA-256 of its bytes, by relative path. */
function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

describe('reproducible builds', () => {
  it('two clean builds are byte for byte the same', () => {
    const first = buildSite({});
    const second = buildSite({});
    try {
      assert.equal(first.status, 0, first.output.slice(-2000));
      assert.equal(second.status, 0, second.output.slice(-2000));
      const [a, b] = [digest(first.dist), digest(second.dist)];
      assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), 'the same files');
      const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
      assert.deepEqual(differing, [], 'the same bytes');
      assert.ok(a.size > 100);
    } finally {
      rmSync(first.dir, { recursive: true, force: true });
      rmSync(second.dir, { recursive: true, force: true });
    }
  });
});
