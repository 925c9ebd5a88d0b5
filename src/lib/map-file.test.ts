import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseMapFile } from './map-file.ts';

describe('map.yaml', () => {
  it('needs only a region; lines, labels and islands default to none', () => {
    const map = parseMapFile('region: { west: 10, east: 20, south: 40, north: 50 }\n', 'map.yaml');
    assert.deepEqual([map.lines, map.labels, map.islands, map.centre], [[], [], [], undefined]);
  });
  it('names the file, the field and its line when something is wrong', () => {
    const region = 'region: { west: 10, east: 20, south: 40, north: 50 }\n';
    assert.throws(() => parseMapFile('lines: []\n', 'content/map.yaml'), /^ContentError: content\/map\.yaml: region \(line 1\): is missing$/);
    assert.throws(() => parseMapFile('region: { west: -200, east: 20, south: 40, north: 50 }\n', 'map.yaml'), /map\.yaml: region\.west \(line 1\): is not a longitude/);
    assert.throws(() => parseMapFile('region: { west: 10, east: 20, south: 50, north: 40 }\n', 'map.yaml'), /region\.south \(line 1\): has its south edge at or above its north edge/);
    assert.throws(() => parseMapFile(`${region}lines:\n  - points:\n      - { lat: 45, lon: 15 }\n`, 'map.yaml'), /lines\.0\.points \(line 4\): needs at least two points/);
    assert.throws(() => parseMapFile(`${region}lines:\n  - label: { ru: Граница }\n    points: [{ lat: 41, lon: 15 }, { lat: 49, lon: 15 }]\n`, 'map.yaml'), /lines\.0\.label\.en \(line 3\): is missing/);
    assert.throws(() => parseMapFile(`${region}labels:\n  - { text: { en: A }, at: middle }\n`, 'map.yaml'), /labels\.0\.at \(line 3\)/);
    assert.throws(() => parseMapFile(`${region}islands:\n  - { lat: 45, lng: 15 }\n`, 'map.yaml'), /islands\.0\.lon \(line 3\): is missing/);
    assert.throws(() => parseMapFile(`${region}centre: { lat: 45, lon: 15, zoom: 2 }\n`, 'map.yaml'), /centre \(line 2\): Unrecognized key: "zoom"/);
    const twice = `${region}lines:\n${'  - points: [{ lat: 41, lon: 15 }, { lat: 49, lon: 15 }]\n    divides: true\n'.repeat(2)}`;
    assert.throws(() => parseMapFile(twice, 'map.yaml'), /lines \(line 3\): has more than one line that divides the map/);
    assert.throws(() => parseMapFile('region: [unclosed\n', 'map.yaml'), /map\.yaml: line \d/);
  });
});
