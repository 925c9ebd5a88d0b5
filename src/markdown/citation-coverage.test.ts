import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToMdast } from 'satteri';
import { uncitedInTree } from './citation-coverage.ts';

const uncited = (mdx: string, locale = 'en-GB') => uncitedInTree(mdxToMdast(mdx) as never, locale);

describe('uncitedInTree', () => {
  it('reports an uncited sentence of an English body with its line', () => {
    assert.deepEqual(uncited('First paragraph, cited. <Cite ids="S01" />\n\nDmitriev proposed a tunnel.\nIt was cited. <Cite ids="S02" />\n'), ['line 3: "Dmitriev proposed a tunnel."']);
  });
  it('reports an uncited sentence of a Russian body', () => {
    assert.deepEqual(uncited('В 1904 г. план одобрили. <Cite ids="S01" /> К ним присоединились и другие.\n', 'ru'), ['line 1: "К ним присоединились и другие."']);
  });
  it('takes a cited claim as the citation of its sentence', () => {
    assert.deepEqual(uncited('He said that <Claim by="Kirill Dmitriev" ids="S17">a study had begun</Claim>. Then nothing.\n'), ['line 1: "Then nothing."']);
  });
  it('leaves headings, our analysis and a cited quote alone', () => {
    const mdx = '## A heading without a source\n\n<Analysis>\nOur reading compares two figures.\n</Analysis>\n\n<Quote by="Volodymyr Zelensky">\n  <Wording ids="S05">I\'m not happy with this idea. Really.</Wording>\n</Quote>\n';
    assert.deepEqual(uncited(mdx), []);
  });
  it('reads each list item, and a bold label as a sentence of its own', () => {
    const mdx = 'Nothing was found from these: <Cite ids="S01" />\n\n- **Elon Musk.** Reuters reported no comment. <Cite ids="S02" />\n- **Vladimir Putin.**\n';
    assert.deepEqual(uncited(mdx), ['line 3: "Elon Musk."', 'line 4: "Vladimir Putin."']);
  });
  it('does not take a quote without a cited wording as cited', () => {
    assert.deepEqual(uncited('<Quote by="Someone">\n  <Wording note="Seen in a repost">Words without a source.</Wording>\n</Quote>\n'), ['line 2: "Words without a source."']);
  });
});
