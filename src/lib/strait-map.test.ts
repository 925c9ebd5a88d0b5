import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { layoutStraitMap } from './strait-map.ts';

const require = createRequire(import.meta.url);
const topology = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
const land50 = topology('land-50m.json');
const land10 = topology('land-10m.json');

const PLACES = [
  { name: 'Cape Dezhnev', lat: 66.07917, lon: -169.65194 },
  { name: 'Cape Prince of Wales', lat: 65.59639, lon: -168.08472 },
  { name: 'Big Diomede', lat: 65.78111, lon: -169.05694 },
  { name: 'Little Diomede', lat: 65.75417, lon: -168.92083 },
  { name: 'Yakutsk', lat: 62.02722, lon: 129.73194 },
];

describe('layoutStraitMap', () => {
  const map = layoutStraitMap(land50, land10, PLACES, [
    { eventId: 'plan', title: 'Plan', thread: 'corridor', places: [PLACES[0]!, PLACES[1]!] },
    { eventId: 'far', title: 'Far', thread: 'railway', places: [PLACES[4]!, PLACES[0]!] },
  ]);

  it('keeps the land small: clipped to the strait, one decimal', () => {
    assert.ok(map.land.length > 1000 && map.land.length < 30_000, `land path is ${map.land.length} bytes`);
    assert.doesNotMatch(map.land, /\.\d\d/);
  });
  it('draws the Diomede Islands from the finer data', () => {
    assert.ok(map.islands.length > 20 && map.islands.length < 2000);
    assert.doesNotMatch(map.islands, /M0,0L720,0/, 'no polygon that covers the whole map');
  });
  it('puts Russia west and the United States east of the border between the islands', () => {
    const x = (name: string) => map.places.find((p) => p.name === name)!.x;
    assert.ok(x('Big Diomede') < map.border.x1 && x('Little Diomede') > map.border.x1);
    assert.ok(x('Cape Dezhnev') < x('Cape Prince of Wales'));
  });
  it('lists places outside the map instead of drawing them, and drops routes that leave it', () => {
    assert.deepEqual(map.beyond.map((p) => p.name), ['Yakutsk']);
    assert.deepEqual(map.routes.map((r) => r.eventId), ['plan']);
  });
});
