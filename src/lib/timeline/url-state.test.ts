import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimelineState, serializeTimelineState } from './url-state.ts';
/** A story's threads, in lane order. */
const THREAD_IDS = ['railway', 'bridge', 'tunnel', 'corridor', 'politics', 'context'];

const ids = new Set(['2007-tkm-world-link', '1890-gilpin-cosmopolitan-railway']);

describe('timeline URL state', () => {
  it('reads a selected event, threads and the core filter from the fragment', () => {
    assert.deepEqual(parseTimelineState('#event=2007-tkm-world-link&threads=railway,tunnel&core=1', ids, THREAD_IDS), {
      event: '2007-tkm-world-link',
      threads: ['railway', 'tunnel'],
      coreOnly: true,
    });
  });
  it('shows everything when the fragment is empty', () => {
    assert.deepEqual(parseTimelineState('', ids, THREAD_IDS), { event: undefined, threads: [...THREAD_IDS], coreOnly: false });
  });
  it('ignores unknown events, unknown threads and malformed values', () => {
    const state = parseTimelineState('#event=%3Cscript%3E&threads=ferry,railway,,&core=yes', ids, THREAD_IDS);
    assert.deepEqual(state, { event: undefined, threads: ['railway'], coreOnly: false });
    assert.deepEqual(parseTimelineState('#threads=ferry', ids, THREAD_IDS).threads, [...THREAD_IDS]);
  });
  it('writes only what differs from the default, and reads back what it wrote', () => {
    assert.equal(serializeTimelineState({ threads: [...THREAD_IDS], coreOnly: false }, THREAD_IDS), '');
    const state = { event: '1890-gilpin-cosmopolitan-railway', threads: ['tunnel' as const, 'railway' as const], coreOnly: true };
    const hash = serializeTimelineState(state, THREAD_IDS);
    assert.equal(hash, '#event=1890-gilpin-cosmopolitan-railway&threads=railway,tunnel&core=1');
    assert.deepEqual(parseTimelineState(hash, ids, THREAD_IDS), { ...state, threads: ['railway', 'tunnel'] });
  });
});
