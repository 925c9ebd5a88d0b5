import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { keyTarget } from './keys.ts';

const order = ['a', 'b', 'c'];

describe('keyTarget', () => {
  it('steps to the next and previous event with the arrows, in either direction of reading', () => {
    assert.deepEqual(keyTarget('ArrowRight', order, 'a'), { handled: true, target: 'b' });
    assert.deepEqual(keyTarget('ArrowDown', order, 'a'), { handled: true, target: 'b' });
    assert.deepEqual(keyTarget('ArrowLeft', order, 'c'), { handled: true, target: 'b' });
    assert.deepEqual(keyTarget('ArrowUp', order, 'c'), { handled: true, target: 'b' });
  });
  it('jumps to the first and the last with Home and End', () => {
    assert.deepEqual(keyTarget('Home', order, 'b'), { handled: true, target: 'a' });
    assert.deepEqual(keyTarget('End', order, 'a'), { handled: true, target: 'c' });
  });
  it('stays put at either end, still keeping the key from scrolling the page', () => {
    assert.deepEqual(keyTarget('ArrowRight', order, 'c'), { handled: true });
    assert.deepEqual(keyTarget('ArrowLeft', order, 'a'), { handled: true });
  });
  it('leaves other keys (Tab, Enter, letters) to the browser', () => {
    assert.deepEqual(keyTarget('Tab', order, 'a'), { handled: false });
    assert.deepEqual(keyTarget('Enter', order, 'a'), { handled: false });
  });
  it('starts from the first event when none is current', () => {
    assert.deepEqual(keyTarget('ArrowRight', order, undefined), { handled: true, target: 'a' });
  });
});
