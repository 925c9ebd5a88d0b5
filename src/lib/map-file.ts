/**
 * The story's map, `content/map.yaml`: the region it shows and what is drawn on it besides
 * the places and routes the events name (lines such as a border, names of areas, small
 * islands). Read and checked here, so that a mistake stops the build naming the file, the
 * field and its line. A story without the file has no map page.
 */
import { z } from 'astro/zod';
import { readYamlFields } from './yaml-list-file.ts';
import { words } from './site-file.ts';

const latitude = z.number().min(-90, 'is not a latitude (-90 to 90)').max(90, 'is not a latitude (-90 to 90)');
const longitude = z.number().min(-180, 'is not a longitude (-180 to 180, west negative)').max(180, 'is not a longitude (-180 to 180, west negative)');

/** A point on the globe, in decimal degrees. */
const point = z.strictObject({
  /** Degrees north (negative: south). */
  lat: latitude,
  /** Degrees east (negative: west). */
  lon: longitude,
});

/** Where an area's name stands: a corner of the map, or a point on it (the name centred there). */
export const CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

const mapFile = z.strictObject({
  /**
   * The area the map shows, in degrees: it is fitted into the drawing, whose sides may show
   * a little more. `west` greater than `east` crosses the 180th meridian.
   */
  region: z
    .strictObject({
      /** The western edge, degrees east (negative: west). */
      west: longitude,
      /** The eastern edge, degrees east (negative: west). */
      east: longitude,
      /** The southern edge, degrees north. */
      south: latitude,
      /** The northern edge, degrees north. */
      north: latitude,
    })
    .refine((r) => r.south < r.north, { message: 'has its south edge at or above its north edge', path: ['south'] }),
  /**
   * The point the projection (azimuthal, equal-area) is centred on, where the map is truest;
   * the middle of the region when absent.
   */
  centre: point.optional(),
  /** Lines drawn on the map, such as a border: each a dashed line through its points, in order. */
  lines: z
    .array(
      z.strictObject({
        /** Its name per language (`en` required), set above its last point. */
        label: words.optional(),
        /** Two or more points, joined by straight lines on the map. */
        points: z.array(point).min(2, 'needs at least two points'),
        /**
         * True when the line, running north to south, parts the map: a place west of it has its
         * name to the left of its dot, a place east of it to the right. Without such a line,
         * names keep to their side of the map's centre. At most one line parts the map.
         */
        divides: z.boolean().default(false),
      }),
    )
    .refine((lines) => lines.filter((l) => l.divides).length <= 1, { message: 'has more than one line that divides the map' })
    .default([]),
  /** Names of areas (countries, seas), per language, set spaced and bold. */
  labels: z
    .array(
      z.strictObject({
        /** The name per language (`en` required). */
        text: words,
        /** `top-left`, `top-right`, `bottom-left`, `bottom-right`, or a point `{ lat, lon }` the name is centred on. */
        at: z.union([z.enum(CORNERS), point]),
      }),
    )
    .default([]),
  /**
   * Islands too small for the map's land (Natural Earth 1:50m): for each point, the small
   * polygon of the finer 1:10m land (under about 4,000 km²) that holds it is drawn too.
   */
  islands: z
    .array(
      point.extend({
        /** What the island is called, for the file's reader; the map does not show it. */
        name: z.string().optional(),
      }),
    )
    .default([]),
});

export type MapFile = z.infer<typeof mapFile>;
export type MapPoint = z.infer<typeof point>;
export type MapCorner = (typeof CORNERS)[number];

/** Parses and checks map.yaml. */
export function parseMapFile(text: string, file: string): MapFile {
  return readYamlFields(text, file, mapFile);
}
