/**
 * The map of the strait, computed at build time with d3-geo: land from Natural Earth
 * (the world-atlas package), clipped to the strait and rounded to one decimal so the
 * SVG stays small; the Diomede Islands, too small for the 1:50m data, come from the
 * 1:10m data; places and routes come from the events.
 */
import { geoAzimuthalEqualArea, geoArea, geoPath, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

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

export interface StraitMap {
  width: number;
  height: number;
  land: string;
  islands: string;
  border: { x1: number; y1: number; x2: number; y2: number };
  places: (MapPlace & { x: number; y: number; anchor: 'start' | 'end'; labelY: number })[];
  routes: (MapRoute & { d: string })[];
  /** Places the events name that lie outside the map. */
  beyond: MapPlace[];
}

/** The US–Russia maritime boundary between the Diomedes, 168°58′37″ W. */
export const BORDER_LONGITUDE = -(168 + 58 / 60 + 37 / 3600);

const REGION: Polygon = {
  type: 'Polygon',
  // Clockwise, as d3-geo reads rings: the small box, not the rest of the globe.
  coordinates: [[[-175, 63.4], [-175, 67.6], [-161.5, 67.6], [-161.5, 63.4], [-175, 63.4]]],
};

const round = (n: number) => Math.round(n * 10) / 10;

/** Every land polygon of a world-atlas topology, as one MultiPolygon. */
function landOf(topology: Topology): MultiPolygon {
  const collection = feature(topology, topology.objects.land as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  const polygons: Position[][][] = collection.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  return { type: 'MultiPolygon', coordinates: polygons };
}

export function layoutStraitMap(
  land50: Topology,
  land10: Topology,
  places: readonly MapPlace[],
  routes: readonly MapRoute[],
  width = 720,
  height = 540,
): StraitMap {
  const projection = geoAzimuthalEqualArea()
    .rotate([168.3, -65.6])
    .clipAngle(8)
    .fitExtent([[8, 8], [width - 8, height - 8]], REGION)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  // The islands: the small 1:10m polygons (under ~4,000 km²) that contain a Diomede.
  const fine = landOf(land10);
  const islandPolygons = fine.coordinates.filter((polygon) => {
    const island: Polygon = { type: 'Polygon', coordinates: polygon };
    return geoArea(island) < 1e-4 && places.some((p) => /Diomede/.test(p.name) && geoContains(island, [p.lon, p.lat]));
  });
  const inside = (p: MapPlace) => {
    const point = projection([p.lon, p.lat]);
    return point !== null && point[0] > 0 && point[0] < width && point[1] > 0 && point[1] < height;
  };
  const unique = [...new Map(places.map((p) => [p.name, p])).values()];
  const shown = unique.filter(inside).sort((a, b) => a.lat - b.lat);
  const placed: StraitMap['places'] = [];
  for (const place of shown) {
    const [x, y] = projection([place.lon, place.lat])!;
    const anchor = place.lon < BORDER_LONGITUDE ? 'end' : 'start';
    let labelY = y + 4;
    // Nudge a label clear of one already placed on the same side.
    while (placed.some((p) => p.anchor === anchor && Math.abs(p.labelY - labelY) < 14 && Math.abs(p.x - x) < 120)) labelY -= 14;
    placed.push({ ...place, x: round(x), y: round(y), anchor, labelY: round(labelY) });
  }
  const [bx1, by1] = projection([BORDER_LONGITUDE, 65.1])!;
  const [bx2, by2] = projection([BORDER_LONGITUDE, 66.4])!;
  return {
    width,
    height,
    land: path(landOf(land50)) ?? '',
    islands: path({ type: 'MultiPolygon', coordinates: islandPolygons }) ?? '',
    border: { x1: round(bx1), y1: round(by1), x2: round(bx2), y2: round(by2) },
    places: placed,
    routes: routes
      .filter((r) => r.places.length >= 2 && r.places.every(inside))
      .map((r) => ({ ...r, d: path({ type: 'LineString', coordinates: r.places.map((p) => [p.lon, p.lat]) }) ?? '' })),
    beyond: unique.filter((p) => !inside(p)),
  };
}
