/**
 * The story's map, computed at build time with d3-geo: the region its map file names
 * (src/lib/map-file.ts), land from Natural Earth (the world-atlas package) clipped to it and
 * rounded to one decimal so the SVG stays small, islands too small for the 1:50m land taken
 * from the 1:10m land, the file's lines and area names; places and routes come from the events.
 */
import { geoAzimuthalEqualArea, geoArea, geoPath, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { SiteWords } from './site-file.ts';
import type { MapFile, MapPoint } from './map-file.ts';

export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
}

export interface MapRoute {
  eventId: string;
  title: string;
  thread: string;
  places: MapPlace[];
}

type Anchor = 'start' | 'middle' | 'end';

export interface PlaceMap {
  width: number;
  height: number;
  land: string;
  islands: string;
  /** The map file's lines: their points as an SVG `points` list, and where the label stands. */
  lines: { points: string; label?: SiteWords | undefined; labelX: number; labelY: number }[];
  /** The map file's names of areas, where they stand. */
  labels: { text: SiteWords; x: number; y: number; anchor: Anchor }[];
  places: (MapPlace & { x: number; y: number; anchor: 'start' | 'end'; labelY: number })[];
  routes: (MapRoute & { d: string })[];
  /** Places the events name that lie outside the map. */
  beyond: MapPlace[];
}

/** How far an area's name in a corner stands from the map's sides, in pixels: [side, top, bottom]. */
const CORNER_INSET = { side: 36, top: 40, bottom: 30 };

const round = (n: number) => Math.round(n * 10) / 10;

/** Degrees east of `from` that `lon` lies, from -180 to 180 (across the 180th meridian too). */
const eastOf = (lon: number, from: number) => ((((lon - from + 540) % 360) + 360) % 360) - 180;

/** Every land polygon of a world-atlas topology, as one MultiPolygon. */
function landOf(topology: Topology): MultiPolygon {
  const collection = feature(topology, topology.objects.land as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  const polygons: Position[][][] = collection.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** The longitude of a north–south line at a latitude: between its points, or its nearest end's beyond them. */
function lineLongitude(points: readonly MapPoint[], lat: number): number {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if ((lat - a.lat) * (lat - b.lat) <= 0 && a.lat !== b.lat) return a.lon + (eastOf(b.lon, a.lon) * (lat - a.lat)) / (b.lat - a.lat);
  }
  const nearest = [points[0]!, points.at(-1)!].sort((a, b) => Math.abs(a.lat - lat) - Math.abs(b.lat - lat))[0]!;
  return nearest.lon;
}

export function layoutPlaceMap(
  definition: MapFile,
  land50: Topology,
  land10: Topology,
  places: readonly MapPlace[],
  routes: readonly MapRoute[],
  width = 720,
  height = 540,
): PlaceMap {
  const { west, south, north } = definition.region;
  // A region across the 180th meridian runs east past it.
  const east = definition.region.east > west ? definition.region.east : definition.region.east + 360;
  const region: Polygon = {
    type: 'Polygon',
    // Clockwise, as d3-geo reads rings: the small box, not the rest of the globe.
    coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]],
  };
  const centre = definition.centre ?? { lat: (south + north) / 2, lon: eastOf((west + east) / 2, 0) };
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre.lon, -centre.lat])
    // The hemisphere around the centre: the projection's far side is never on the map.
    .clipAngle(90)
    .fitExtent([[8, 8], [width - 8, height - 8]], region)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  // The islands: the small 1:10m polygons (under ~4,000 km²) that hold a point the file names.
  const fine = definition.islands.length > 0 ? landOf(land10).coordinates : [];
  const islandPolygons = fine.filter((polygon) => {
    const island: Polygon = { type: 'Polygon', coordinates: polygon };
    return geoArea(island) < 1e-4 && definition.islands.some((p) => geoContains(island, [p.lon, p.lat]));
  });
  const xy = (p: MapPoint) => projection([p.lon, p.lat]);
  const inside = (p: MapPlace) => {
    const point = xy(p);
    return point !== null && point[0] > 0 && point[0] < width && point[1] > 0 && point[1] < height;
  };
  // A place's name goes to the side of its dot away from the dividing line, or from the centre.
  const divider = definition.lines.find((line) => line.divides);
  const westOfDivide = (p: MapPlace) => eastOf(p.lon, divider ? lineLongitude(divider.points, p.lat) : centre.lon) < 0;
  const unique = [...new Map(places.map((p) => [p.name, p])).values()];
  const shown = unique.filter(inside).sort((a, b) => a.lat - b.lat);
  const placed: PlaceMap['places'] = [];
  for (const place of shown) {
    const [x, y] = xy(place)!;
    const anchor = westOfDivide(place) ? 'end' : 'start';
    let labelY = y + 4;
    // Nudge a label clear of one already placed on the same side.
    while (placed.some((p) => p.anchor === anchor && Math.abs(p.labelY - labelY) < 14 && Math.abs(p.x - x) < 120)) labelY -= 14;
    placed.push({ ...place, x: round(x), y: round(y), anchor, labelY: round(labelY) });
  }
  const lines = definition.lines.map((line) => {
    const points = line.points.map((p) => xy(p)!.map(round) as [number, number]);
    const [lastX, lastY] = points.at(-1)!;
    return { points: points.map(([x, y]) => `${x},${y}`).join(' '), label: line.label, labelX: lastX, labelY: round(lastY - 8) };
  });
  const labels = definition.labels.map(({ text, at }): PlaceMap['labels'][number] => {
    if (typeof at !== 'string') {
      const [x, y] = xy(at)!;
      return { text, x: round(x), y: round(y), anchor: 'middle' };
    }
    const left = at.endsWith('left');
    return {
      text,
      x: left ? CORNER_INSET.side : width - CORNER_INSET.side,
      y: at.startsWith('top') ? CORNER_INSET.top : height - CORNER_INSET.bottom,
      anchor: left ? 'start' : 'end',
    };
  });
  return {
    width,
    height,
    land: path(landOf(land50)) ?? '',
    islands: path({ type: 'MultiPolygon', coordinates: islandPolygons }) ?? '',
    lines,
    labels,
    places: placed,
    routes: routes
      .filter((r) => r.places.length >= 2 && r.places.every(inside))
      .map((r) => ({ ...r, d: path({ type: 'LineString', coordinates: r.places.map((p) => [p.lon, p.lat]) }) ?? '' })),
    beyond: unique.filter((p) => !inside(p)),
  };
}
