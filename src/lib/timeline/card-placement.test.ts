import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { placeCard } from './card-placement.ts';

const frame = { left: 100, top: 50, right: 1100, bottom: 450 };
const frameSize = { width: 1000, height: 400 };
const card = { width: 300, height: 120 };
const markAt = (left: number, top: number) => ({ left, top, right: left + 10, bottom: top + 10 });

describe('placeCard', () => {
  it('puts the card below the mark, a little left of it', () => {
    assert.deepEqual(placeCard(markAt(400, 100), frame, card, frameSize), { left: 276, top: 68 });
  });
  it('puts it above a mark near the bottom, never over the mark', () => {
    const mark = markAt(400, 400);
    const { top } = placeCard(mark, frame, card, frameSize);
    assert.ok(top + card.height <= mark.top - frame.top, 'ends above the mark');
  });
  it('keeps it below when there is no room above either', () => {
    const small = { width: 1000, height: 60 };
    assert.equal(placeCard(markAt(400, 60), { ...frame, bottom: 110 }, card, small).top, 28);
  });
  it('keeps it inside the frame’s sides', () => {
    assert.equal(placeCard(markAt(105, 100), frame, card, frameSize).left, 0);
    assert.equal(placeCard(markAt(1090, 100), frame, card, frameSize).left, frameSize.width - card.width);
  });
});
