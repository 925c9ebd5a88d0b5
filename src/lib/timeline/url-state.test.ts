import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimelineState, serializeTimelineState } from './url-state.ts';
import { THREAD_IDS } from '../threads.ts';

const ids = new Set(['2007-tkm-world-link', '1890-gilpin-cosmopolitan-railway']);

describe('timeline URL state', () => {
  it('reads a selected event, threads and the core filter from the fragment', () => {
    assert.deepEqual(parseTimelineState('#event=2007-tkm-world-link&threads=railway,tunnel&core=1', ids), {
      event: '2007-tkm-world-link',
      threads: ['railway', 'tunnel'],
      coreOnly: true,
    });
  });
  it('shows everything when the fragment is empty', () => {
    assert.deepEqual(parseTimelineState('', ids), { event: undefined, threads: [...THREAD_IDS], coreOnly: false });
  });
  it('ignores unknown events, unknown threads and malformed values', () => {
    const state = parseTimelineState('#event=%3Cscript%3E&threads=ferry,railway,,&core=yes', ids);
    assert.deepEqual(state, { event: undefined, threads: ['railway'], coreOnly: false });
    assert.deepEqual(parseTimelineState('#threads=ferry', ids).threads, [...THREAD_IDS]);
  });
  it('writes only what differs from the default, and reads back what it wrote', () => {
    assert.equal(serializeTimelineState({ threads: [...THREAD_IDS], coreOnly: false }), '');
    const state = { event: '1890-gilpin-cosmopolitan-railway', threads: ['tunnel' as const, 'railway' as const], coreOnly: true };
    const hash = serializeTimelineState(state);
    assert.equal(hash, '#event=1890-gilpin-cosmopolitan-railway&threads=railway,tunnel&core=1');
    assert.deepEqual(parseTimelineState(hash, ids), { ...state, threads: ['railway', 'tunnel'] });
  });
});
