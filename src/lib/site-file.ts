/**
 * The story's identity, `content/site.yaml`: its name and words per language, how strictly
 * it is sourced, and its threads. Read and checked here, so that a mistake stops the build
 * naming the file, the field and its line.
 */
import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { readYamlFields } from './yaml-list-file.ts';
import { THREAD_PALETTE } from './thread-palette.ts';

/** The most threads the timeline draws as lanes and the filters list. */
export const MAX_THREADS = THREAD_PALETTE.length;

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'is not a colour like #1f6f8b');

/** Words in each language the story is told in; English is required, others fall back to it. */
export const words = z.object({ en: z.string().min(1) }).catchall(z.string().min(1));

const siteFile = z.object({
  /**
   * The languages the story is told in, by code (`en`, `ru`): each builds an edition under
   * its prefix; English, the default, is always one. Every language the engine has words
   * for when absent.
   */
  languages: z.array(z.string()).min(1).refine((list) => list.includes('en'), { message: 'must include en, the default language' }).optional(),
  /**
   * Interface words this story says its own way: a key of src/i18n/ui/en.ts whose value is
   * a string there (`pages.home.description`), with the words per language.
   */
  interface: z.record(z.string(), z.record(z.string(), z.string().min(1))).default({}),
  /** The site's name: the header, titles, feeds, link previews. */
  name: words,
  /** The subject, as a phrase that follows "on" or "about". */
  subject: words,
  /** What kind of site it is, in a few words: the home page's kicker, link-preview cards. */
  tagline: words,
  /** One phrase for embeds and feeds: "a sourced documentary on …". */
  description: words,
  /**
   * The footer's sentence, instead of the interface's: {site}, {subject}, {description} and
   * the links {method}, {sources} and {corrections} are filled in.
   */
  footer: words.optional(),
  /**
   * `strict`: every sentence cited, every event with a source and a confidence, corrections
   * checked against the pages; the build fails otherwise. `open`: the build counts what
   * lacks a source, and builds.
   */
  sourcing: z.enum(['strict', 'open']).default('open'),
  /** The threads, in the order of the timeline's lanes. */
  threads: z
    .array(
      z.object({
        /** Lower-case letters, digits and hyphens: an event's `thread`, a CSS class, a URL filter. */
        id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'is not an id of lower-case letters, digits and hyphens'),
        label: words,
        /** One sentence on what belongs to it (the method page). */
        description: words.optional(),
        /** Its colour in the light and the dark theme; without one, the next of the palette. */
        colour: z.object({ light: colour, dark: colour }).optional(),
      }),
    )
    .min(1)
    .max(MAX_THREADS, `has more than ${MAX_THREADS} threads, the most the timeline can tell apart`),
});

export type SiteWords = z.infer<typeof words>;
export type SiteFile = z.infer<typeof siteFile>;
export interface Thread {
  id: string;
  label: SiteWords;
  description?: SiteWords | undefined;
  colour: { light: string; dark: string };
}
export type Site = Omit<SiteFile, 'threads'> & { threads: Thread[] };

/** Parses and checks site.yaml; gives threads without a colour the palette's next unused one. */
export function parseSiteFile(text: string, file: string): Site {
  const data = readYamlFields(text, file, siteFile);
  const seen = new Set<string>();
  for (const [i, thread] of data.threads.entries()) {
    if (seen.has(thread.id)) throw new ContentError(file, `threads.${i}.id`, `"${thread.id}" is used by an earlier thread`);
    seen.add(thread.id);
  }
  const taken = new Set(data.threads.flatMap((t) => (t.colour ? [t.colour.light.toLowerCase()] : [])));
  const free = THREAD_PALETTE.filter((c) => !taken.has(c.light.toLowerCase()));
  const threads = data.threads.map((thread) => ({ ...thread, colour: thread.colour ?? free.shift()! }));
  return { ...data, threads };
}

/** A story's words in a language, or in English where it has none in that language. */
export function inLanguage(words: SiteWords, locale: string): string {
  return words[locale] ?? words.en;
}
