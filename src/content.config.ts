import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePartialDate, endsBefore, isoString } from './lib/partial-date.ts';
import { SITE, THREAD_IDS, OTHER_EDITIONS } from './data/site.ts';
import { LINEAGE_HOW_IDS } from './lib/lineage.ts';
import { SOURCE_KIND_IDS, SOURCE_ID_PATTERN } from './lib/sources.ts';
import { CONFIDENCE_LEVELS, isCurrency, COST_SCOPES, LENGTH_KINDS, CORRECTION_KINDS } from './lib/vocabulary.ts';
import { parseSourceList } from './lib/source-list-file.ts';
import { parseYamlList } from './lib/yaml-list-file.ts';
import { translationCollection, type OtherLocale } from './i18n/locales.ts';

/** Where the content lives; tests and benchmarks point this at fixture folders. */
const contentDir = process.env.CONTENT_DIR ?? './content';

/**
 * A partial ISO date: `1904`, `2007-04` or `2025-10-16`. YAML reads an unquoted
 * `1904` as a number and `2025-10-16` as a timestamp; both are turned back into text.
 */
const partialDate = z.preprocess(
  (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
  z.string().superRefine((text, ctx) => {
    const parsed = parsePartialDate(text);
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  }),
);

/** A whole day, `2026-12-02`: when an entry or a correction was written. */
const fullDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a whole day, YYYY-MM-DD').superRefine((text, ctx) => {
    const parsed = parsePartialDate(text);
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  }),
);

/** One or more research source ids, e.g. `[S05, S13]`. */
const sourceIds = z.array(z.string().regex(SOURCE_ID_PATTERN, 'is not a source id like S05 or G01')).min(1);

/** Adds an issue when a range's end comes before its start. */
function checkRange(range: { start: string; end?: string | undefined }, ctx: z.RefinementCtx) {
  if (range.end === undefined) return;
  const start = parsePartialDate(range.start);
  const end = parsePartialDate(range.end);
  if ('error' in start || 'error' in end) return;
  if (endsBefore(end, start)) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `ends (${isoString(end)}) before it starts (${isoString(start)})`,
    });
  }
}

const dateRange = z
  .object({
    /** When it happened, or began: a partial ISO date. */
    start: partialDate,
    /** When a range ended; omit for a single date. */
    end: partialDate.optional(),
    /** Shown instead of the formatted date, e.g. "1904, as the envoy cites it". */
    label: z.string().optional(),
  })
  .superRefine(checkRange);

/** How sure the sources let us be about an event, and why. */
const confidence = z.object({
  /** high: two or more independent sources; medium: one good source; low: weak or advocacy only. */
  level: z.enum(CONFIDENCE_LEVELS),
  /** One line on why. */
  reason: z.string().min(1),
});

/**
 * One picture or link (a TimelineJS slide's media): a local image in the content folder,
 * named from the file that carries it (`../media/mill.jpg` from an event) and drawn through
 * Astro's image pipeline, which needs its `alt`; or a web address, shown as a credited link,
 * since the site loads nothing from another origin.
 */
const mediaSchema = (image: ImageFunction) =>
  z
    .object({
      url: z.union([z.url(), image()]),
      /** What the image shows, for those who cannot see it; required for a local image. */
      alt: z.string().min(1).optional(),
      credit: z.string().min(1).optional(),
      caption: z.string().min(1).optional(),
      /** A smaller picture TimelineJS showed in its navigation; kept, not shown. */
      thumbnail: z.union([z.url(), image()]).optional(),
    })
    .refine((media) => typeof media.url === 'string' || media.alt !== undefined, { message: 'a local image needs alt text', path: ['alt'] });

const events = defineCollection({
  // The file name is the event's id and its URL: content/events/2007-tkm-world-link.mdx.
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/events` }),
  schema: ({ image }) =>
    z.object({
    /** The event's headline; in a `strict` story at most 70 characters, so it fits a browser tab and a search result. */
    title: z.string().min(1).max(SITE.sourcing === 'strict' ? 70 : 300),
    /** One plain sentence for cards, lists and link previews; the body carries the sources. */
    summary: z.string().min(1),
    /**
     * The day this entry's text or data last changed (YYYY-MM-DD). Not in the future, not
     * before the event itself; each change also gets a line in content/corrections.yaml.
     */
    updated: fullDay,
    /** A short label for the timeline (at most 28 characters) when the title would not fit; the title stays everywhere else. */
    timelineLabel: z.string().min(1).max(28).optional(),
    /** The date (or range) the chronology places the event at. */
    date: dateRange.and(
      z
        .object({
          /** How the date was established, when that is not obvious (e.g. derived from a weekday). */
          note: z.string().optional(),
          /** The sources the note rests on; required with a note. */
          sources: sourceIds.optional(),
        })
        .refine((date) => date.note === undefined || date.sources !== undefined, {
          message: 'a date note needs sources',
          path: ['sources'],
        }),
    ),
    /** Other dates that sources give for the same event; the site shows each, never picks silently. */
    disputedDates: z
      .array(
        dateRange.and(
          z.object({
            /** Why this date is given and by whom, in one sentence. */
            note: z.string().min(1),
            /** Who gives this date. */
            sources: sourceIds,
          }),
        ),
      )
      .default([]),
    /**
     * Further firm dates in the same event that are not in dispute: a second meeting, a later
     * publication (e.g. the 1963 sketch made public on 16 October 2025). Shown as "Also dated".
     */
    otherDates: z
      .array(
        dateRange.and(
          z.object({
            /** What happened on that date, in a few words: "Moscow conference". */
            what: z.string().min(1),
            /** Who gives this date. */
            sources: sourceIds,
          }),
        ),
      )
      .default([]),
    /** The thread the event belongs to: see src/lib/threads.ts. */
    /** One of the story's threads (content/site.yaml). */
    thread: z.string().refine((id) => THREAD_IDS.includes(id), { message: `is not one of the threads in site.yaml (${THREAD_IDS.join(', ')})` }),
    /** One of the five events the story is built around. */
    core: z.boolean().default(false),
    /** How sure the research is of this event. */
    /** How sure the sources let us be; required when site.yaml says `sourcing: strict`. */
    confidence: SITE.sourcing === 'strict' ? confidence : confidence.optional(),
    /** Lengths of the proposed crossing, as reported. */
    lengths: z
      .array(
        z.object({
          /** The length in kilometres (converted from miles where the source gives miles). */
          km: z.number().positive(),
          /** The figure as the source gives it, e.g. "70 miles (112 km)". */
          label: z.string().min(1),
          /** What was measured: see LENGTH_KINDS in src/lib/vocabulary.ts. */
          of: z.enum(LENGTH_KINDS),
          /**
           * The year the figure was given: a length has its own date, as a cost has. Omit it only
           * when the source is undated; the chart then leaves the figure out and the table says so.
           */
          year: z.number().int().optional(),

          /** Whose figure it is when it is a person's claim rather than a measurement. */
          claimedBy: z.string().optional(),
          /** Who reports it. */
          sources: sourceIds,
        }),
      )
      .default([]),
    /** Costs as reported: nominal, never adjusted for inflation. */
    costs: z
      .array(
        z.object({
          /** The amount in whole units of the currency (8000000000 for $8 billion); the low end of a range. */
          amount: z.number().positive(),
          /** The high end, when the source gives a range ("$10–12 billion"). */
          upTo: z.number().positive().optional(),
          /** ISO 4217 code of the currency. */
          currency: z.string().refine(isCurrency, 'is not an ISO 4217 currency code such as USD, EUR or RUB'),
          /** The year of the money: the year the figure was given. */
          year: z.number().int(),
          /** What the figure covers: see COST_SCOPES in src/lib/vocabulary.ts. */
          scope: z.enum(COST_SCOPES),
          /** The figure as the source gives it, e.g. "$65 billion". */
          label: z.string().min(1),
          /** Whose figure it is when it is a person's claim. */
          claimedBy: z.string().optional(),
          /** Who reports it. */
          sources: sourceIds,
        }),
      )
      .default([]),
    /** Places the event names, with WGS84 coordinates as the sources give them. */
    places: z
      .array(
        z.object({
          /** The place's name. */
          name: z.string().min(1),
          /** Latitude in decimal degrees, north positive. */
          lat: z.number().min(-90).max(90),
          /** Longitude in decimal degrees, east positive. */
          lon: z.number().min(-180).max(180),
          /** Where the coordinates come from. */
          sources: sourceIds,
          /** Other coordinates that sources give for the same place: the page shows the disagreement. */
          otherCoordinates: z
            .array(z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), sources: sourceIds }))
            .default([]),
        }),
      )
      .default([]),
    /** The places, in the order listed, are the route the sources give; the map draws it as a schematic line. */
    route: z.boolean().default(false),
    /** People involved, by the name the story uses. */
    people: z.array(z.string()).default([]),
    /** Organisations involved. */
    organisations: z.array(z.string()).default([]),
    /** The sources for the event as a whole; the body may cite more with <Cite>. At least one in a `strict` story. */
    sources: SITE.sourcing === 'strict' ? sourceIds : z.array(z.string().regex(SOURCE_ID_PATTERN, 'is not a source id like S05 or G01')).default([]),
    /**
     * Earlier events this one drew on, each stated by a listed source. The build checks that
     * the event exists and comes earlier; the site shows the link both ways and on the timeline.
     */
    drewOn: z
      .array(
        z.object({
          /** The earlier event, by id (its file name). */
          event: z.string().min(1),
          /** How it drew on it: see LINEAGE_HOW in src/lib/lineage.ts. */
          how: z.enum(LINEAGE_HOW_IDS),
          /** One sentence saying what the link is, in the site's words. */
          note: z.string().min(1),
          /** The sources that state the link. */
          sources: sourceIds,
          /** True when the link is the site's own inference from the sources: shown as "Our analysis". */
          analysis: z.boolean().default(false),
        }),
      )
      .default([]),
    /**
     * One picture or link that goes with the event (a TimelineJS slide's media): see
     * `mediaSchema` above.
     */
    media: mediaSchema(image).optional(),
    }),
});

/**
 * Reads a YAML list file into a collection, one entry per item: `entries` parses the text
 * (src/lib/yaml-list-file.ts), failing loudly, naming the file and line, on a broken file.
 */
function yamlListLoader(
  name: string,
  file: string,
  entries: (text: string, shown: string) => { id: string; data: Record<string, unknown> }[],
  { optional = false } = {},
): Loader {
  return {
    name,
    load: async ({ store, parseData, config, watcher }) => {
      const path = resolve(fileURLToPath(config.root), file);
      const shown = relative(process.cwd(), path);
      // A translation's log may not exist yet: its entries then fall back to English.
      const missing = optional && !existsSync(path);
      const list = missing ? [] : entries(await readFile(path, 'utf-8'), shown);
      store.clear();
      for (const { id, data } of list) {
        store.set({ id, data: await parseData({ id, data, filePath: path }), filePath: shown });
      }
      if (!missing) watcher?.add(path);
    },
  };
}

/** The bibliography, by each source's own id (parseSourceList fails on a missing or repeated one). */
const sourceListLoader = (file: string, options?: { optional?: boolean }) =>
  yamlListLoader('source-list-loader', file, (text, shown) => parseSourceList(text, shown).map(({ id, ...data }) => ({ id, data })), options);

/** A list whose entries have no ids of their own (a corrections log): each gets its position ("1", "2", …) and its line. */
const correctionsLoader = (file: string, options?: { optional?: boolean }) =>
  yamlListLoader(
    'yaml-list-loader',
    file,
    (text, shown) => parseYamlList(text, shown, 'corrections').map(({ line, data }, index) => ({ id: String(index + 1), data: { ...data, line } })),
    options,
  );

const sources = defineCollection({
  // A strict story must have a bibliography; an open one may have none (no sources.yaml).
  loader: sourceListLoader(`${contentDir}/sources.yaml`, { optional: SITE.sourcing === 'open' }),
  schema: z.object({
    /** The title of the page or article, in its own language. */
    title: z.string().min(1),
    /** True when the headline is unknown and `title` is our description of the text; shown in [square brackets]. */
    titleIsDescription: z.boolean().default(false),
    /** Who published it (for a repost, the original publisher). */
    publisher: z.string().min(1),
    /** When it was published, as far as known. */
    date: partialDate.optional(),
    /** Where to read it: the canonical URL where the research has it. */
    url: z.url(),
    /** Further URLs the research gives for the same text. */
    alsoAt: z.array(z.url()).default([]),
    /** What kind of publication it is: see src/lib/sources.ts. */
    kind: z.enum(SOURCE_KIND_IDS),
    /** True when the URL is a mirror or repost, not the original publisher's page. */
    mirror: z.boolean().default(false),
    /** BCP 47 language of the title when it is not English, e.g. "ru". */
    lang: z.string().optional(),
    /** A short note: what the copy is of, or what is missing. */
    note: z.string().optional(),
  }),
});

/** Words quoted from an event's page: one string, or a list of them. */
const quotedWords = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((words) => (typeof words === 'string' ? [words] : words))
  .default([]);

/** The public log of corrections and additions, newest or oldest first as written; pages sort it. */
const corrections = defineCollection({
  // Optional: a story without a log has no corrections page (src/data/parts.ts).
  loader: correctionsLoader(`${contentDir}/corrections.yaml`, { optional: true }),
  schema: z.object({
    /** The day the change was published (YYYY-MM-DD). */
    date: fullDay,
    /** The event changed, by its id (file name); omit for a change to the site as a whole. */
    event: z.string().min(1).optional(),
    /** new event: the event's entry was written; correction: something was wrong; addition: new facts; clarification: wording or sourcing made clearer. */
    kind: z.enum(CORRECTION_KINDS),
    /** What changed, in one or two plain sentences. */
    what: z.string().min(1),
    /** Why: what was wrong or missing, and what the change rests on. */
    why: z.string().min(1),
    /**
     * Where words were added or changed: words a reader should now find on the event's page,
     * quoted exactly (one string or a list). The build fails when the page lacks them.
     */
    now: quotedWords,
    /** Where words were changed or removed: words the event's page must no longer carry. The build fails when it still does. */
    was: quotedWords,
    /** The line of the file the entry starts on, for error messages (set by the loader). */
    line: z.union([z.number(), z.string()]),
  }),
});

/**
 * The story's chapters: one MDX file per era (content/eras/), its body a short cited
 * introduction. Every event must fall in exactly one era, by its start date.
 */
const eras = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/eras` }),
  schema: z
    .object({
      /** The chapter's heading. */
      title: z.string().min(1).max(80),
      /** The first date the era covers: a partial ISO date. */
      start: partialDate,
      /** The last date it covers; omit for the era that runs on to the present. */
      end: partialDate.optional(),
    })
    .superRefine(checkRange),
});

/** The overview at the top of the story (content/overview.mdx): the whole story in a few hundred words, cited. */
const overview = defineCollection({
  loader: glob({ pattern: 'overview.mdx', base: contentDir }),
  schema: ({ image }) =>
    z.object({
      /** The overview's heading. */
      title: z.string().min(1),
      /** One picture or link for the whole story (a TimelineJS title slide's media): shown under the overview's heading and on the home page. */
      media: mediaSchema(image).optional(),
    }),
});

/** A translated text that stands for one English field: at most as long as the English allows. */
const words = z.string().min(1);

/**
 * An event in another language (content/<lang>/events/<id>.mdx): the English file's words,
 * translated; the data (dates, figures, sources, links) stays in the English file. The
 * build checks that each list has as many entries as the English one (src/lib/translations.ts).
 */
function translatedEvents(lang: string) {
  return defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/${lang}/events` }),
    schema: z.object({
      /** The English entry's `updated` date this translation follows; the page warns when the English is newer. */
      translatedFrom: fullDay,
      /** The headline, at most 70 characters. */
      title: z.string().min(1).max(70),
      /** One plain sentence for cards, lists and link previews. */
      summary: words,
      /** The timeline's short label, at most 28 characters. */
      timelineLabel: z.string().min(1).max(28).optional(),
      /** The English `date.label`, translated; required when the English has one. */
      dateLabel: words.optional(),
      /** The English `date.note`, translated; required when the English has one. */
      dateNote: words.optional(),
      /** One per English `disputedDates` entry, in the same order. */
      disputedDates: z.array(z.object({ note: words, label: words.optional() })).default([]),
      /** One per English `otherDates` entry, in the same order. */
      otherDates: z.array(z.object({ what: words, label: words.optional() })).default([]),
      /** The English `confidence.reason`, translated. */
      confidenceReason: words,
      /** One per English `lengths` entry: its label and, where the English has it, whose claim. */
      lengths: z.array(z.object({ label: words, claimedBy: words.optional() })).default([]),
      /** One per English `costs` entry. */
      costs: z.array(z.object({ label: words, claimedBy: words.optional() })).default([]),
      /** One name per English place, in the same order. */
      places: z.array(words).default([]),
      /** The English `people`, in the same order. */
      people: z.array(words).default([]),
      /** The English `organisations`, in the same order. */
      organisations: z.array(words).default([]),
      /** One per English `drewOn` link: its sentence. */
      drewOn: z.array(z.object({ note: words })).default([]),
    }),
  });
}

/** A chapter in another language (content/<lang>/eras/<same file>.mdx): its title; the dates stay in the English file. */
function translatedEras(lang: string) {
  return defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/${lang}/eras` }),
    schema: z.object({
      /** The chapter's heading. */
      title: z.string().min(1).max(80),
    }),
  });
}

/** The overview in another language (content/<lang>/overview.mdx). */
function translatedOverview(lang: string) {
  return defineCollection({
    loader: glob({ pattern: 'overview.mdx', base: `${contentDir}/${lang}` }),
    schema: z.object({
      /** The overview's heading. */
      title: z.string().min(1),
    }),
  });
}

/**
 * The corrections log in another language (content/<lang>/corrections.yaml), entry for entry:
 * each gives the English entry's date and event, so the build can check they line up.
 */
function translatedCorrections(lang: string) {
  return defineCollection({
    loader: correctionsLoader(`${contentDir}/${lang}/corrections.yaml`, { optional: true }),
    schema: z.object({
      /** The English entry's date, copied. */
      date: fullDay,
      /** The English entry's event, copied. */
      event: z.string().min(1).optional(),
      /** What changed, translated. */
      what: words,
      /** Why, translated. */
      why: words,
      /** Words the event's page in this language should now carry (checked against that page, like the English `now`). */
      now: quotedWords,
      /** Words the event's page in this language must no longer carry: a retraction holds in translation too. */
      was: quotedWords,
      /** The line of the file the entry starts on, for error messages (set by the loader). */
      line: z.union([z.number(), z.string()]),
    }),
  });
}

/** One set of collections per translated edition, named from the list of languages: `ruEvents`, `ruEras`, `ruOverview`, `ruCorrections`. */
type TranslatedCollections = { [L in OtherLocale as `${L}Events`]: ReturnType<typeof translatedEvents> } & {
  [L in OtherLocale as `${L}Eras`]: ReturnType<typeof translatedEras>;
} & { [L in OtherLocale as `${L}Overview`]: ReturnType<typeof translatedOverview> } & {
  [L in OtherLocale as `${L}Corrections`]: ReturnType<typeof translatedCorrections>;
};

const translated = Object.fromEntries(
  OTHER_EDITIONS.flatMap((locale) => [
    [translationCollection(locale, 'Events'), translatedEvents(locale)],
    [translationCollection(locale, 'Eras'), translatedEras(locale)],
    [translationCollection(locale, 'Overview'), translatedOverview(locale)],
    [translationCollection(locale, 'Corrections'), translatedCorrections(locale)],
  ]),
) as TranslatedCollections;

export const collections = {
  events,
  sources,
  corrections,
  eras,
  overview,
  ...translated,
};
