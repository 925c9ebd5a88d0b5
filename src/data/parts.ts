/**
 * The optional parts of a story, switched on by its content alone: the estimates page when
 * events carry costs or lengths, the map when the story has a map file (map.yaml) and events
 * with places, the corrections page when there is a log. A page a story lacks is not built,
 * and nothing links to it.
 */
import { getChronology } from './chronology.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { MAP } from './map.ts';

export interface StoryParts {
  estimates: boolean;
  map: boolean;
  corrections: boolean;
}

let parts: Promise<StoryParts> | undefined;

export function storyParts(): Promise<StoryParts> {
  parts ??= getChronology(DEFAULT_LOCALE).then(({ events, corrections }) => ({
    estimates: events.some((e) => e.data.costs.length > 0 || e.data.lengths.length > 0),
    map: MAP !== undefined && events.some((e) => e.data.places.length > 0),
    corrections: corrections.length > 0,
  }));
  return parts;
}

/** `getStaticPaths` for a page that is built only when the story has `part`. */
export function pathsIf(part: keyof StoryParts, paths: () => unknown[]) {
  return async () => ((await storyParts())[part] ? paths() : []);
}
