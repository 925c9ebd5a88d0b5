/**
 * Every interface string of the English edition. `ru.ts` has the same shape: TypeScript
 * (and so `astro check`) fails on a key one language lacks. Content lives in content/.
 */
import type { PluralForms } from '../format.ts';

export const en = {
  layout: {
    skip: 'Skip to content',
    navLabel: 'Site',
    nav: { story: 'Story', timeline: 'Timeline', estimates: 'Estimates', map: 'Map', sources: 'Sources', about: 'About' },
    feedTitle: (site: string) => `${site}: events`,
    /** The events feed's description: {site}, {subject} and {span}. */
    feedDescription: 'Every event of {site}, {span}, with its sources.',
    cardAlt: (title: string, site: string) => `${title}: card for ${site}`,
    footer: {
      /**
       * What the footer says unless site.yaml gives its own `footer`: {site} is the site's
       * name, {description} its description, {method}, {sources} and {corrections} the links
       * below; `textWithoutLog` for a story without a corrections log.
       */
      text: '{site}, {description}. See {method}, {sources} and {corrections}.',
      textWithoutLog: '{site}, {description}. See {method} and {sources}.',
      method: 'how this site works',
      sources: 'all sources',
      corrections: 'corrections and updates',
    },
    language: 'Language',
    /** What the other edition's link says, in that edition's own language. */
    readIn: 'Read in English',
  },
  /** The open data's description (/data/): {site}, {subject}, {span}. */
  openData: { description: 'The events of {site}: {subject}, {span}, each with its sources.' },
  newTab: ' (opens in a new tab)',
  cite: { source: 'source ' },
  /** {by}: whose claim it is (the embed's script fills it too). */
  claim: 'claim: {by}',
  analysis: 'Our analysis',
  quote: {
    variants: (n: number) => `Reported in ${n} wordings:`,
    translated: 'the site’s translation',
  },
  confidence: {
    badge: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' },
    why: (reason: string) => `Confidence: ${reason}`,
  },
  sourceKinds: {
    'news-wire': 'News wire',
    newspaper: 'Newspaper',
    magazine: 'Magazine',
    broadcaster: 'Broadcaster',
    academic: 'Academic',
    archive: 'Archive',
    reference: 'Reference work',
    official: 'Official body',
    'state-media': 'State media',
    advocacy: 'Advocacy group',
    blog: 'Blog or other web page',
  },
  lineageHow: {
    'named it': 'named it as a precedent',
    'continued it': 'continued the same plan',
    'revived it': 'revived it after a lapse',
    'same people': 'was carried by the same people',
  },
  /** What a cost figure covers. */
  scopes: { tunnel: 'Tunnel only', bridge: 'Bridge', corridor: 'Whole corridor', project: 'Whole project' },
  /** The same scopes inside a sentence (after a semicolon or a comma). */
  scopesInText: { tunnel: 'tunnel only', bridge: 'bridge', corridor: 'whole corridor', project: 'whole project' },
  /** What a length measures. */
  lengthOf: { tunnel: 'tunnel', bridge: 'bridge', crossing: 'crossing', line: 'connecting line' },
  event: {
    /** An event's media that is a web address: {host} is its site. */
    mediaLink: 'See it on {host}',
    mediaCredit: 'Credit: {credit}.',
    coreEvent: 'Core event',
    updated: 'Updated',
    correctionsLink: 'corrections and updates',
    dateDisputed: ' · date disputed',
    sources: 'sources',
    sourcesFor: (title: string) => `Sources for “${title}”`,
    inStory: 'Read it in the story',
    alsoDated: 'Also dated',
    datesInDispute: 'Dates in dispute',
    disputeBefore: 'This section dates the event to ',
    disputeAfter: '. The sources also give:',
    facts: 'Figures and particulars',
    length: 'Length',
    cost: 'Cost (nominal)',
    costOf: (currency: string, year: number, scope: string) => `${currency} of ${year}; ${scope}`,
    places: 'Places',
    people: 'People',
    organisations: 'Organisations',
    coordinatesDisagree: 'Sources disagree: also given as',
    compass: { N: 'N', S: 'S', E: 'E', W: 'W' },
    lineage: 'In the lineage of the idea',
    drewOn: 'Drew on',
    drawnOnBy: 'Drawn on by',
    ourAnalysis: 'our analysis',
    previousNext: 'Previous and next event',
    previous: 'Previous',
    next: 'Next',
    referencesHeading: 'Sources',
    backToText: (n: number) => `Back to the text citing source ${n}`,
    permalink: (title: string) => `Figures, sources and permalink for “${title}”`,
  },
  translation: {
    /** Shown above an event that has no translation in this language yet (unused in English). */
    missing: '',
    /** {date}: the day the English was last updated. */
    stale: '',
    quotes: '',
    count: (translated: number, total: number) => `${translated} of ${total} events`,
  },
  search: {
    open: 'Search',
    title: 'Search',
    label: 'Search the story, the events and the sources',
    close: 'Close',
    results: { one: '{n} result', other: '{n} results' } as PluralForms,
  },
  share: {
    summary: 'Share / embed',
    link: 'Link to this page',
    options: 'Embed options',
    show: 'Show',
    asCard: 'this event as a card',
    asTimeline: 'the timeline, starting at this event',
    theme: 'Theme',
    themeAuto: 'Follow the reader’s system',
    themeLight: 'Light',
    themeDark: 'Dark',
    controls: 'Show the timeline’s filters and zoom buttons',
    code: 'Embed code',
    copy: 'Copy embed code',
    copied: 'Copied.',
    selected: 'Selected: press Ctrl+C (⌘C) to copy.',
    preview: 'Preview',
  },
  source: {
    copy: ' · copy on another site',
    copyLink: ' (copy)',
  },
  map: {
    schematic: '(schematic route)',
    /** {places}: the places the map cannot show, as a list. */
    beyond: 'Beyond the map: {places}.',
  },
  charts: {
    key: 'Key',
    claim: 'Someone’s claim',
    claimBy: (by: string) => `, claim by ${by}`,
    currencyOf: (currency: string, year: number) => `${currency} of ${year}`,
    /** A line joining the same amount given twice: {amount}, {scope} and {fromYear} of the first, {toScope}, {toYear} and {by} (whose claim) of the second. */
    echo: 'The same {amount}: {scope} in {fromYear}, and {toScope} in {toYear}, by {by}’s claim',
    km: 'km',
    billion: 'bn',
    million: 'm',
    /** A dollar figure with its sign: "$8 bn". */
    dollars: (figure: string) => `$${figure}`,
  },
  timeline: {
    threads: 'Threads',
    coreOnly: 'Core events only',
    showLinks: 'Show every link',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit all',
    list: 'Events in date order',
    lineageSummary: { one: 'How the idea was handed on: {n} link between events', other: 'How the idea was handed on: {n} links between events' } as PluralForms,
    lineageAnalysis: ' Our analysis.',
    /** A stretch of the axis read by day; `{span}` is its month or months. */
    byDay: '{span}, by day',
    openEvent: 'Open the event',
    /** A crowd's control ("+7"): its events have no label at this zoom; {dates} is the span they cover. */
    crowd: { one: 'Show {n} more event up close, {dates}', other: 'Show {n} more events up close, {dates}' } as PluralForms,
  },
  embed: {
    from: 'From',
    documentary: ', a sourced documentary.',
    openFull: 'Open the full page',
    timelineTitle: '{site}: a timeline, {span}',
    timelineEmbedTitle: (subject: string, span: string) => `Timeline: ${subject}, ${span}`,
    cardEmbedTitle: (title: string, site: string) => `${title} (${site})`,
    readerHeading: 'Read it event by event',
    /** {events}: the count's phrase; {count}: the number; {span}: the years. */
    readerIntro: '{events}, {span}. Choose one on the timeline, or begin with the first.',
    begin: 'Start from the beginning',
    position: '{i} of {n}',
    fullText: { one: 'The full text and its {n} source', other: 'The full text and its {n} sources' } as PluralForms,
    sourcesAmong: { one: '{n} source, among them', other: '{n} sources, among them' } as PluralForms,
    readFull: 'Read the full event',
    metaDescription: (title: string, site: string, description: string) => `${title}: from ${site}, ${description}.`,
  },
  pages: {
    notFound: {
      title: 'Page not found',
      description: 'This page does not exist.',
      lede: 'There is no page at this address. It may have moved, or the link may be mistyped.',
      start: 'Start at the beginning',
      story: 'Read the whole story',
      sources: 'Browse the sources',
    },
    home: {
      description: '{site}: {subject}, {span}, every event with its sources.',
      /** {events} and {sources} as phrases of their counts, {eventCount} and {sourceCount} as numbers, {span} the years. */
      intro: 'This site tells the story in date order, {events}, {span}, built from {sources}. Where sources disagree on a date, a quote or a figure, it shows the disagreement; where a figure is someone’s claim, it says whose.',
      listedSources: { one: '{n} listed source', other: '{n} listed sources' } as PluralForms,
      /** {date}: the day of the latest change. */
      lastUpdated: 'Last updated {date}',
      /** {events}: the new events, each a link with its date, as a list. */
      newEvents: 'New: {events}.',
      otherChanges: { one: '{n} other change on that day.', other: '{n} other changes on that day.' } as PluralForms,
      everyCorrection: 'Every correction and update',
      readStory: 'Read the story',
      exploreTimeline: 'Explore the timeline',
      allSources: 'All sources',
      howItWorks: 'How this site works',
      timelineHeading: 'Timeline',
      timelinePage: 'The timeline on its own page',
      everyEvent: 'Every event in date order',
      coreHeading: 'Key moments',
      coreIntro: 'The story turns on these events; each opens onto its sources and onto the events before and after it.',
    },
    story: {
      title: 'The story',
      kicker: 'The long read',
      /** {chapters}: chapterCount's phrase. */
      description: 'The whole story, {span}: an overview, then {chapters} by era.',
      chapterCount: { one: '{n} chapter', other: '{n} chapters' } as PluralForms,
      /**
       * The story's lede: {events}, {chapters} and {total} (minutes) as phrases of their counts, {eventCount},
       * {chapterCount} and {totalCount} as numbers, {overview} the overview's minutes, {span} the years.
       */
      lede: '{events} in {chapters}, {span}: about {total} to read in full, or {overview} for the overview below. Each event also has its own page with its figures and sources.',
      minuteCount: { one: '{n} minute', other: '{n} minutes' } as PluralForms,
      contents: 'Contents',
      minutes: (n: number) => `${n} min read`,
      chapter: (n: number) => `Chapter ${n}`,
      events: { one: '{n} event', other: '{n} events' } as PluralForms,
      backToContents: 'Back to contents',
      onward: (start: string) => `${start} onward`,
      headline: 'The story, in date order',
    },
    timeline: {
      title: 'Timeline',
      /** {span}: the years the chronology spans. */
      heading: 'Timeline, {span}',
      description: 'An interactive timeline of {subject}, {span}, by thread.',
      lede: 'Each mark is an event, in its thread. Bars span a period or a date known only to the year or month; hollow diamonds are other dates the sources give for the same event, filled diamonds further dates in it.',
      /** The lede's last sentence, for a timeline whose axis breaks: around crowded weeks, or between ages of deep time. */
      axisBreaks: {
        days: 'Where events crowd into a few weeks, the axis breaks so those days can be read.',
        ages: 'The axis breaks between ages, each read at its own scale: the further back, the more years a centimetre holds.',
      },
      readStory: 'Read the whole story in date order',
    },
    sources: {
      title: 'Sources',
      kicker: 'Bibliography',
      description: 'Every source the site cites, with its kind, where to read it and the events that cite it.',
      /** {n}: how many sources; {count}: the same with its noun ("225 sources"). */
      lede: 'The story cites {count}, each listed here with the events that cite it.',
      copies: 'Where only a copy of a page could be found, the entry says so.',
      /** {events}: the events citing the source, each a link with its date, as a list. */
      citedIn: 'Cited in: {events}',
      notCited: 'Listed in our research; not cited in the story yet.',
    },
    corrections: {
      title: 'Corrections and updates',
      description: 'Every correction and addition to the documentary, with its date, the event it changed, what changed and why.',
      heading: 'What changed, and why',
      /** {date}: the day of the latest change. */
      lede: 'This is a living documentary. When an entry is corrected or a new event is added, the change is listed here with its date, and the event\'s page shows the day it was last updated. Last update: {date}.',
      kinds: { 'new event': 'New event', correction: 'Correction', addition: 'Addition', clarification: 'Clarification' },
      wholeSite: ': the site as a whole',
      why: 'Why: ',
    },
    estimates: {
      title: 'Estimates over time',
      description: 'The costs and lengths reported for the events, from {from} to {to}: nominal figures, with their scope and sources.',
      heading: 'Reported costs and lengths',
      costsTitle: 'Reported costs, US dollars, log scale',
      lengthsTitle: 'Reported lengths',
      tablesTitle: 'Every figure, as tables',
      costTable: 'Every cost, as a table',
      costCaption: 'Every reported cost, by year of the money',
      lengthTable: 'Every length, as a table',
      lengthCaption: 'Every reported length, by the year it was given',
      year: 'Year',
      proposal: 'Event',
      costAsReported: 'Cost as reported',
      covers: 'Covers',
      whose: 'Whose figure',
      lengthAsReported: 'Length as reported',
      of: 'Of',
      asReported: 'as reported',
      undated: 'undated',
      notOnChart: (currency: string) => ` (${currency}; not on the dollar chart)`,
      eachFigure: 'Each figure’s sources are listed on its event’s page.',
    },
    map: {
      title: 'Map',
      description: 'The places the events name, and the routes they drew.',
      heading: 'The map',
      routesHeading: 'Events that name a route',
    },
    about: {
      title: 'How this site works',
      description: 'The method behind {site}: how dates, disputes, confidence and claims are shown, what kinds of sources it uses, and how corrections are made.',
      /** The method page of a story without its own text: {site}, {events} and {sources} (counted). */
      storyInBrief: '{site} tells its story in {events}, citing {sources}. Each event has a page with its date, its text and the sources it rests on; the story page reads them in order, and the timeline shows them by thread.',
      sourceCount: { one: '{n} source', other: '{n} sources' } as PluralForms,
      threadsHeading: 'Threads',
      /** How much of a translated edition is translated: {count} is translation.count's phrase. */
      translatedHere: 'Translated into this language: {count}.',
      sourcesByKind: 'Sources by kind',
      kind: 'Kind',
      sources: 'Sources',
    },
  },
};

/** The shape every language's strings must have. */
export type UiStrings = typeof en;
