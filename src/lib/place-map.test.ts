import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { layoutPlaceMap } from './place-map.ts';
import { parseMapFile } from './map-file.ts';

const require = createRequire(import.meta.url);
const topology = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
const land50 = topology('land-50m.json');
const land10 = topology('land-10m.json');

/** A map of a strait with two small islands in it and a dividing line between them. */
const DEFINITION = parseMapFile(
  `region: { west: -175, east: -161.5, south: 63.4, north: 67.6 }
lines:
  - label: { en: Dividing line }
    points: [{ lat: 65.1, lon: -168.98 }, { lat: 66.4, lon: -168.98 }]
    divides: true
labels:
  - { text: { en: WEST }, at: top-left }
  - { text: { en: EAST }, at: bottom-right }
  - { text: { en: Sea }, at: { lat: 64, lon: -170 } }
islands:
  - { lat: 65.78111, lon: -169.05694 }
  - { lat: 65.75417, lon: -168.92083 }
`,
  'map.yaml',
);

const PLACES = [
  { name: 'West cape', lat: 66.07917, lon: -169.65194 },
  { name: 'East cape', lat: 65.59639, lon: -168.08472 },
  { name: 'West island', lat: 65.78111, lon: -169.05694 },
  { name: 'East island', lat: 65.75417, lon: -168.92083 },
  { name: 'Far away', lat: 62.02722, lon: 129.73194 },
];

describe('layoutPlaceMap', () => {
  const map = layoutPlaceMap(DEFINITION, land50, land10, PLACES, [
    { eventId: 'plan', title: 'Plan', thread: 'corridor', places: [PLACES[0]!, PLACES[1]!] },
    { eventId: 'far', title: 'Far', thread: 'railway', places: [PLACES[4]!, PLACES[0]!] },
  ]);

  it('keeps the land small: clipped to the region, one decimal', () => {
    assert.ok(map.land.length > 1000 && map.land.length < 30_000, `land path is ${map.land.length} bytes`);
    assert.doesNotMatch(map.land, /\.\d\d/);
  });
  it('draws the small islands the file names from the finer data', () => {
    assert.ok(map.islands.length > 20 && map.islands.length < 2000);
    assert.doesNotMatch(map.islands, /M0,0L720,0/, 'no polygon that covers the whole map');
    const none = layoutPlaceMap({ ...DEFINITION, islands: [] }, land50, land10, PLACES, []);
    assert.equal(none.islands, '');
  });
  it('draws the file’s line with its label above its last point, and sets names on either side of it', () => {
    const [line] = map.lines;
    const [[x1], [x2, y2]] = line!.points.split(' ').map((p) => p.split(',').map(Number)) as [[number, number], [number, number]];
    assert.equal(line!.label?.en, 'Dividing line');
    assert.deepEqual([line!.labelX, line!.labelY], [x2, Math.round((y2 - 8) * 10) / 10]);
    const place = (name: string) => map.places.find((p) => p.name === name)!;
    assert.ok(place('West island').x < x1 && place('East island').x > x1);
    assert.equal(place('West island').anchor, 'end');
    assert.equal(place('East island').anchor, 'start');
    assert.ok(place('West cape').x < place('East cape').x);
  });
  it('without a dividing line, sets names on either side of the map’s centre', () => {
    const plain = layoutPlaceMap({ ...DEFINITION, lines: [] }, land50, land10, PLACES, []);
    const anchor = (name: string) => plain.places.find((p) => p.name === name)!.anchor;
    // The region's middle is 168.25° W: both islands lie west of it.
    assert.deepEqual(['West cape', 'West island', 'East island', 'East cape'].map(anchor), ['end', 'end', 'end', 'start']);
  });
  it('puts area names in their corners or at their point', () => {
    assert.deepEqual(map.labels.map(({ text, anchor }) => [text.en, anchor]), [['WEST', 'start'], ['EAST', 'end'], ['Sea', 'middle']]);
    assert.deepEqual([map.labels[0]!.x, map.labels[0]!.y, map.labels[1]!.x, map.labels[1]!.y], [36, 40, 684, 510]);
    const sea = map.labels[2]!;
    assert.ok(sea.x > 0 && sea.x < 720 && sea.y > 0 && sea.y < 540);
  });
  it('lists places outside the map instead of drawing them, and drops routes that leave it', () => {
    assert.deepEqual(map.beyond.map((p) => p.name), ['Far away']);
    assert.deepEqual(map.routes.map((r) => r.eventId), ['plan']);
  });
  it('draws a region across the 180th meridian', () => {
    const across = layoutPlaceMap(parseMapFile('region: { west: 170, east: -170, south: 60, north: 70 }\n', 'map.yaml'), land50, land10, [
      { name: 'West of 180°', lat: 65, lon: 175 },
      { name: 'East of 180°', lat: 65, lon: -175 },
    ], []);
    assert.ok(across.land.length > 1000);
    assert.deepEqual(across.beyond, []);
    const [west, east] = across.places.sort((a, b) => a.x - b.x);
    assert.deepEqual([west!.name, west!.anchor, east!.name, east!.anchor], ['West of 180°', 'end', 'East of 180°', 'start']);
  });
});
