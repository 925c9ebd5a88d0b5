/**
 * A checked TimelineJS story as the engine's content folder: `site.yaml`, `overview.mdx`,
 * `events/<id>.mdx`, `eras/<n>-<slug>.mdx`, `sources.yaml`, and the local media files to
 * copy into `media/`. Pure: the caller writes the files and copies the media.
 *
 * Problems that need the whole story (more threads than the timeline draws, overlapping
 * eras, more sources than ids, a missing local media file) are collected and thrown
 * together as an ImportError.
 */
import { Document, Scalar, YAMLSeq } from 'yaml';
import { formatSpan, isoString, type PartialDate } from '../partial-date.ts';
import { shorten } from '../ellipsis.ts';
import { spanText } from './dates.ts';
import { overlappingEras, planEras } from './eras.ts';
import { firstSentence, htmlToMdx, plainText, type Link } from './html-to-mdx.ts';
import { MediaNames, mediaTarget } from './media.ts';
import { fileProblem, ImportError, problem, type Field } from './problems.ts';
import { slug, UniqueIds } from '../slug.ts';
import type { EraSlide, EventSlide, Media, Slide, Story, TitleSlide } from './slides.ts';
import { MAX_SOURCES, SourceList } from './source-list.ts';
import { MAX_THREADS, threadsOf } from './threads.ts';

export interface ContentOptions {
  /** Today, YYYY-MM-DD (UTC): every event's `updated`. */
  today: string;
  /** Is there a file at this path (relative to the imported file's folder)? Without it, local media are not checked. */
  mediaExists?: ((path: string) => boolean) | undefined;
}

/** A file of the content folder: its path inside the folder and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** A local media file to copy: from a path relative to the imported file's folder, to one inside the content folder. */
export interface MediaCopy {
  from: string;
  to: string;
}

export interface Content {
  files: ContentFile[];
  copies: MediaCopy[];
  counts: { events: number; eras: number; addedEras: number; threads: number; sources: number };
  /** What was left out or shortened, one line each, naming the slide. */
  notes: string[];
}

/** The engine's limits on headings (src/content.config.ts). */
const MAX_EVENT_TITLE = 70;
const MAX_ERA_TITLE = 80;
const MAX_SUMMARY = 200;
const MAX_MEDIA_SOURCE_TITLE = 150;

/** A date written as a quoted string, so YAML never reads `1902` as a number or `2025-10-16` as a timestamp. */
function quoted(text: string): Scalar<string> {
  const scalar = new Scalar(text);
  scalar.type = Scalar.QUOTE_SINGLE;
  return scalar;
}

const dateText = (date: PartialDate) => quoted(isoString(date));

/** A YAML document's text, with optional comment lines at the top; long lines are never folded. */
function yamlText(data: unknown, comment?: string): string {
  const document = new Document(data);
  if (comment) document.commentBefore = comment;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A flow list: `[S01, S02]`. */
function flowList(items: string[]): YAMLSeq<string> {
  const seq = new YAMLSeq<string>();
  seq.flow = true;
  seq.items = items;
  return seq;
}

/** An MDX file: front matter, a blank line, the body. */
function mdxFile(frontMatter: unknown, body: string): string {
  return `---\n${yamlText(frontMatter)}---\n${body ? `\n${body}\n` : ''}`;
}

/** Shortens a heading to the engine's limit, noting it. */
function heading(text: string, max: number, note: () => void): string {
  if (text.length <= max) return text;
  note();
  return shorten(text, max);
}

/** The file's name without its folder or extension: the site's name when the story has no title slide. */
function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]+$/, '') || name;
}

/** A media source's title: its caption, title or credit, or else the slide's headline, as plain text. */
function mediaSourceTitle(media: Media, headline: string): string {
  const words = [media.caption, media.title, media.credit, headline].map((html) => plainText(html ?? '')).find(Boolean) ?? '';
  return shorten(words, MAX_MEDIA_SOURCE_TITLE);
}

/** The story as a content folder. Throws an ImportError listing every problem. */
export function toContent(story: Story, options: ContentOptions): Content {
  const { file, format } = story;
  const problems: string[] = [];
  const notes = [...story.notes];
  const events = story.slides.filter((slide): slide is EventSlide => slide.kind === 'event');
  const eraSlides = story.slides.filter((slide): slide is EraSlide => slide.kind === 'era');
  const title = story.slides.find((slide): slide is TitleSlide => slide.kind === 'title');

  const threads = threadsOf(events);
  if (threads.threads.length > MAX_THREADS) {
    const parts = `${threads.groups} groups${threads.ungrouped ? ', and one for the slides without a group' : ''}`;
    problems.push(fileProblem(file, format, 'group', `${threads.threads.length} threads (${parts}), but the timeline tells at most ${MAX_THREADS} apart: merge some groups`));
  }
  problems.push(...overlappingEras(eraSlides));

  const sources = new SourceList();
  const mediaNames = new MediaNames();
  const copies = new Map<string, MediaCopy>();
  const eventIds = new UniqueIds();
  const eventFiles: ContentFile[] = [];
  const eraBodies = new Map<EraSlide, string>();
  let overviewBody = '';
  let overviewMedia: Record<string, string> | undefined;

  /** Where a local file goes, checked to exist; undefined (and a problem) when it does not. */
  const localCopy = (slide: Slide, field: Field, path: string): string | undefined => {
    if (options.mediaExists && !options.mediaExists(path)) {
      const named = plainText(slide.headline);
      problems.push(problem(slide.at, field, `${JSON.stringify(path)} is not a file next to ${file}${named ? ` (the slide "${named}")` : ''}`));
      return undefined;
    }
    const to = `media/${mediaNames.name(path)}`;
    copies.set(path, { from: path, to });
    return to;
  };

  const fromEvent = (path: string | undefined) => path && `../${path}`;
  const fromOverview = (path: string | undefined) => path && `./${path}`;

  /**
   * A slide's media for its front matter, citing a web address as a source; a local file is
   * named from the file that carries it (`from`: an event's, or the overview's).
   */
  const mediaOf = (slide: EventSlide | TitleSlide, media: Media, cite: (url: string, title: string) => void, from = fromEvent) => {
    const target = mediaTarget(media.url, file);
    let url: string | undefined;
    if (target.kind === 'invalid') problems.push(problem(slide.at, 'mediaUrl', target.why));
    // A local file is named from its event's file (events/<id>.mdx), as Astro's image() reads it.
    else if (target.kind === 'local') url = from(localCopy(slide, 'mediaUrl', target.path));
    else {
      url = target.url;
      cite(target.url, mediaSourceTitle(media, slide.headline));
    }
    let thumbnail: string | undefined;
    if (media.thumbnail) {
      const thumb = mediaTarget(media.thumbnail, file);
      if (thumb.kind === 'invalid') problems.push(problem(slide.at, 'mediaThumbnail', thumb.why));
      else thumbnail = thumb.kind === 'local' ? from(localCopy(slide, 'mediaThumbnail', thumb.path)) : thumb.url;
    }
    if (url === undefined) return undefined;
    const plain = (html: string | undefined) => (html ? plainText(html) || undefined : undefined);
    const entry: Record<string, string> = { url };
    // An image the site shows needs a text alternative: the caption's words, or the headline's, when the slide gives none.
    const alt = plain(media.alt) ?? (target.kind === 'local' ? plain(media.caption) ?? plain(slide.headline) : undefined);
    for (const [key, value] of [['alt', alt], ['credit', plain(media.credit)], ['caption', plain(media.caption)], ['thumbnail', thumbnail]] as const) {
      if (value) entry[key] = value;
    }
    return entry;
  };

  for (const slide of story.slides) {
    const cited: string[] = [];
    const citeLink = (link: Link) => {
      const id = sources.cite(link.url, link.text);
      if (id && !cited.includes(id)) cited.push(id);
      return id;
    };

    if (slide.kind === 'title') {
      // The story's own picture or link goes with the overview, shown under its heading and on
      // the home page; a web address is cited after the text's links, as an event's is.
      overviewBody = htmlToMdx(slide.text, {
        cite: citeLink,
        citeAfter: () => {
          const mediaIds: string[] = [];
          if (slide.media) overviewMedia = mediaOf(slide, slide.media, (url, words) => void mediaIds.push(sources.cite(url, words)!), fromOverview);
          return mediaIds;
        },
      });
      continue;
    }

    if (slide.kind === 'era') {
      eraBodies.set(slide, htmlToMdx(slide.text, { cite: citeLink }));
      continue;
    }

    const headline = plainText(slide.headline);
    let media: Record<string, string> | undefined;
    // The media's source is numbered after the text's links, and cited after the text:
    // at the end of its last paragraph, or as the body when there is no text.
    const body = htmlToMdx(slide.text, {
      cite: citeLink,
      citeAfter: () => {
        const mediaIds: string[] = [];
        if (slide.media) {
          media = mediaOf(slide, slide.media, (url, words) => {
            const id = sources.cite(url, words)!;
            mediaIds.push(id);
            if (!cited.includes(id)) cited.push(id);
          });
        }
        return mediaIds;
      },
    });

    const eventNumber = events.indexOf(slide) + 1;
    const fromId = slide.uniqueId ? slug(slide.uniqueId) : '';
    // The year leads the id; a year before the common era as "44-bc", so no file name starts with a minus.
    const year = slide.start.year < 0 ? `${-slide.start.year}-bc` : String(slide.start.year);
    const fromHeadline = slug(headline, 60 - year.length - 1);
    const id = eventIds.take(fromId || (fromHeadline ? `${year}-${fromHeadline}` : `event-${eventNumber}`));

    const date: Record<string, unknown> = { start: dateText(slide.start) };
    if (slide.end) date.end = dateText(slide.end);
    // A display date that says what the engine would show anyway is left out, so that each language formats its own.
    if (slide.label && slide.label !== formatSpan(slide.start, slide.end, 'en')) date.label = slide.label;
    const frontMatter: Record<string, unknown> = {
      title: heading(headline, MAX_EVENT_TITLE, () => notes.push(problem(slide.at, 'headline', `shortened to ${MAX_EVENT_TITLE} characters for the title (the engine's limit)`))),
      summary: firstSentence(slide.text, MAX_SUMMARY) || shorten(headline, MAX_SUMMARY),
      updated: quoted(options.today),
      date,
      thread: threads.of.get(slide),
      sources: flowList(cited),
    };
    if (media) frontMatter.media = media;
    eventFiles.push({ path: `events/${id}.mdx`, text: mdxFile(frontMatter, body) });
  }

  if (sources.size > MAX_SOURCES) {
    problems.push(fileProblem(file, format, undefined, `${sources.size} distinct links and media URLs, but source ids stop at S${MAX_SOURCES}`));
  }
  if (problems.length > 0) throw new ImportError(problems);

  const planned = planEras(events, eraSlides);
  const eraFiles = planned.map((era, i) => {
    const at = era.slide?.at;
    const eraTitle = at ? heading(era.title, MAX_ERA_TITLE, () => notes.push(problem(at, 'headline', `shortened to ${MAX_ERA_TITLE} characters for the era's title (the engine's limit)`))) : era.title;
    const name = `${i + 1}-${slug(era.title) || 'era'}`;
    return { path: `eras/${name}.mdx`, text: mdxFile({ title: eraTitle, start: dateText(era.start), end: dateText(era.end) }, era.slide ? (eraBodies.get(era.slide) ?? '') : '') };
  });
  const addedEras = planned.filter((era) => !era.slide);
  for (const era of addedEras) {
    const span = spanText(era.start, era.end);
    notes.push(`${file}: added the era "${era.title}"${span === era.title ? '' : ` (${span})`} for events outside the story's eras`);
  }

  const name = (title && plainText(title.headline)) || baseName(file);
  const subject = (title && firstSentence(title.text).replace(/[.!?…]+$/, '')) || name;
  const site = {
    name: { en: name },
    subject: { en: subject },
    tagline: { en: 'A timeline' },
    // The description follows a comma in the engine's sentences ("from {site}, {description}"),
    // and the subject is a sentence of the author's: the footer says it as one.
    description: { en: 'a timeline' },
    footer: { en: '{site}. {subject}. See {method} and {sources}.' },
    languages: flowList(['en']),
    sourcing: 'open',
    threads: threads.threads.map((thread) => ({ id: thread.id, label: { en: thread.label } })),
  };
  const entries = sources.entries();

  const files: ContentFile[] = [
    { path: 'site.yaml', text: yamlText(site, ` The story's identity, imported from ${file} (TimelineJS). Field by field: content/README.md, "site.yaml".`) },
    { path: 'overview.mdx', text: mdxFile({ title: name, ...(overviewMedia && { media: overviewMedia }) }, overviewBody) },
    ...eventFiles,
    ...eraFiles,
    { path: 'sources.yaml', text: yamlText(entries, ` Every web address the story links to or shows, imported from ${file}.`) },
  ];
  return {
    files,
    copies: [...copies.values()],
    counts: { events: eventFiles.length, eras: planned.length, addedEras: addedEras.length, threads: threads.threads.length, sources: entries.length },
    notes,
  };
}
