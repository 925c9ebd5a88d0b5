import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSourceList } from './source-list-file.ts';

describe('parseSourceList', () => {
  it('reads a list of sources with their fields', () => {
    const list = parseSourceList('- id: S01\n  title: A\n- id: G01\n  title: B\n', 'sources.yaml');
    assert.deepEqual(list, [{ id: 'S01', title: 'A' }, { id: 'G01', title: 'B' }]);
  });
  it('names the file, the line and both uses of a repeated id', () => {
    assert.throws(
      () => parseSourceList('- id: S01\n  title: A\n- id: S02\n  title: B\n- id: S01\n  title: C\n', 'content/sources.yaml'),
      { message: 'content/sources.yaml: id (line 5): duplicate source id "S01", first used at line 1' },
    );
  });
  it('names the file and line of a YAML syntax error', () => {
    assert.throws(() => parseSourceList('- id: S01\n  title: "unclosed\n', 'content/sources.yaml'), /^ContentError: content\/sources\.yaml: line 3: Missing closing/);
    assert.throws(() => parseSourceList('- id: S01\n  title: A\n  title: B\n', 'content/sources.yaml'), /content\/sources\.yaml: line 3: .*unique/i);
  });
  it('rejects a file that is not a list, or an entry without an id', () => {
    assert.throws(() => parseSourceList('S01: {title: A}\n', 'f.yaml'), /f\.yaml: top level: expected a list/);
    assert.throws(() => parseSourceList('- title: A\n', 'f.yaml'), /f\.yaml: entry 1 \(line 1\): missing "id"/);
  });
});
