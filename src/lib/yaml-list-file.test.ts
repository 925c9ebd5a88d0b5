import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlList } from './yaml-list-file.ts';

describe('parseYamlList', () => {
  it('reads each entry with the line it starts on', () => {
    const text = '# The log\n- date: 2026-11-24\n  what: |\n    Two\n\n    paragraphs.\n- date: 2026-11-25\n  what: "a quote\n    over two lines"\n- {date: 2026-11-26}\n';
    assert.deepEqual(
      parseYamlList(text, 'corrections.yaml', 'corrections').map(({ line, data }) => [line, Object.keys(data)]),
      [[2, ['date', 'what']], [7, ['date', 'what']], [10, ['date']]],
    );
  });
  it('counts Windows line endings as lines', () => {
    assert.deepEqual(parseYamlList('\r\n- a: 1\r\n- b: |\r\n    x\r\n- c: 3\r\n', 'f.yaml', 'corrections').map((item) => item.line), [2, 3, 5]);
  });
  it('reads an empty file as an empty list', () => {
    assert.deepEqual(parseYamlList('', 'f.yaml', 'corrections'), []);
    assert.deepEqual(parseYamlList('# nothing yet\n', 'f.yaml', 'corrections'), []);
  });
  it('names the file and line of a YAML syntax error', () => {
    assert.throws(() => parseYamlList('- date: 2026-11-24\n  what: A\n  what: B\n', 'content/corrections.yaml', 'corrections'), /^ContentError: content\/corrections\.yaml: line 3: Map keys must be unique/);
  });
  it('rejects a file that is not a list, or an entry that is not a map', () => {
    assert.throws(() => parseYamlList('date: 2026-11-24\n', 'f.yaml', 'corrections'), { message: 'f.yaml: top level: expected a list of corrections (lines starting with "- ")' });
    assert.throws(() => parseYamlList('- date: 2026-11-24\n- just words\n', 'f.yaml', 'corrections'), { message: 'f.yaml: entry 2: expected one of the corrections with fields' });
  });
});
