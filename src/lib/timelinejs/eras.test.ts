import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eraOf, eraProblems } from '../eras.ts';
import { toPartialDate } from '../partial-date.ts';
import type { Content } from './to-content.ts';
import { importJson, mdx, problemsOf, slide } from './test-helpers.ts';

const era = (start: number | Record<string, number>, end: number | Record<string, number>, headline: string) => ({
  start_date: typeof start === 'number' ? { year: start } : start,
  end_date: typeof end === 'number' ? { year: end } : end,
  text: { headline, text: '' },
});

/** The eras written, as [file, title, start, end]. */
function erasOf(content: Content): [string, string, string, string][] {
  return content.files
    .filter((file) => file.path.startsWith('eras/'))
    .map((file) => {
      const { data } = mdx(file.text);
      return [file.path, String(data.title), String(data.start), String(data.end)];
    });
}

/** Holds the content to the engine's own rules: no era overlaps another, and every event falls in one. */
function assertEngineAccepts(content: Content): void {
  const eras = erasOf(content).map(([path, , start, end]) => ({ id: path, start: toPartialDate(start), end: toPartialDate(end) }));
  assert.deepEqual(eraProblems(eras), []);
  for (const file of content.files.filter((f) => f.path.startsWith('events/'))) {
    const start = toPartialDate((mdx(file.text).data.date as { start: string }).start);
    assert.ok(eraOf(eras, start), `${file.path} falls outside every era`);
  }
}

describe('eras', () => {
  it('writes the story eras in order of their start, numbered from 1, with their text', () => {
    const content = importJson({
      events: [slide(1855, 'Fixture one'), slide(1905, 'Fixture two')],
      eras: [era(1900, 1949, 'The modern town'), { ...era(1850, 1899, 'Founding years'), text: { headline: 'Founding years', text: '<p>The first years.</p>' } }],
    });
    assert.deepEqual(erasOf(content), [
      ['eras/1-founding-years.mdx', 'Founding years', '1850', '1899'],
      ['eras/2-the-modern-town.mdx', 'The modern town', '1900', '1949'],
    ]);
    assert.equal(mdx(content.files.find((f) => f.path === 'eras/1-founding-years.mdx')!.text).body, 'The first years.');
    assert.equal(content.counts.addedEras, 0);
    assertEngineAccepts(content);
  });

  it('keeps an era partial dates at their precision', () => {
    const content = importJson({ events: [slide(1901, 'Fixture', { start_date: { year: 1901, month: 3, day: 2 } })], eras: [era({ year: 1901, month: 3 }, { year: 1901, month: 4, day: 30 }, 'Spring')] });
    assert.deepEqual(erasOf(content), [['eras/1-spring.mdx', 'Spring', '1901-03', '1901-04-30']]);
  });

  it('covers a story without eras with one era from its first to its last event', () => {
    const content = importJson({ events: [slide(1850, 'Fixture one'), { ...slide(1900, 'Fixture two'), end_date: { year: 1910, month: 5 } }, slide(1870, 'Fixture three')] });
    assert.deepEqual(erasOf(content), [['eras/1-1850-1910.mdx', '1850–1910', '1850', '1910-05']]);
    assert.equal(content.counts.addedEras, 1);
    assertEngineAccepts(content);
  });

  it('titles an era for a single year by that year', () => {
    const content = importJson({ events: [slide(1850, 'Fixture one', { start_date: { year: 1850, month: 3 } })] });
    assert.deepEqual(erasOf(content), [['eras/1-1850.mdx', '1850', '1850-03', '1850-03']]);
  });

  it('adds an era for each run of events outside the story eras, between them, before and after', () => {
    const content = importJson({
      events: [slide(1800, 'Before'), slide(1810, 'Before too'), slide(1855, 'Inside'), slide(1920, 'Between'), slide(1965, 'Inside two'), slide(2001, 'After')],
      eras: [era(1850, 1899, 'First'), era(1950, 1999, 'Second')],
    });
    assert.deepEqual(erasOf(content), [
      ['eras/1-1800-1810.mdx', '1800–1810', '1800', '1810'],
      ['eras/2-first.mdx', 'First', '1850', '1899'],
      ['eras/3-1920.mdx', '1920', '1920', '1920'],
      ['eras/4-second.mdx', 'Second', '1950', '1999'],
      ['eras/5-2001.mdx', '2001', '2001', '2001'],
    ]);
    assert.equal(content.counts.addedEras, 3);
    assertEngineAccepts(content);
  });

  it('ends an added era just before the next era when an event range runs into it', () => {
    const content = importJson({
      events: [{ ...slide(1840, 'Fixture range'), end_date: { year: 1860 } }, slide(1855, 'Inside')],
      eras: [era({ year: 1850, month: 6 }, 1899, 'First')],
    });
    assert.deepEqual(erasOf(content).slice(0, 1), [['eras/1-1840-1850.mdx', '1840–1850', '1840', '1850-05']]);
    assertEngineAccepts(content);
  });

  it('stops on eras that overlap, naming both', () => {
    assert.deepEqual(
      problemsOf(() => importJson({ events: [slide(1900, 'Fixture')], eras: [era(1880, 1920, 'Fixture mill years'), era(1910, 1950, 'Fixture war years'), era(1950, 1960, 'Fixture peace')] })),
      [
        'story.json eras[1] start_date: "Fixture war years" (1910–1950) overlaps "Fixture mill years" (eras[0], 1880–1920): eras may not overlap',
        'story.json eras[2] start_date: "Fixture peace" (1950–1960) overlaps "Fixture war years" (eras[1], 1910–1950): eras may not overlap',
      ],
    );
  });

  it('lets one era end the year before the next begins', () => {
    assert.doesNotThrow(() => importJson({ events: [slide(1900, 'Fixture')], eras: [era(1880, 1899, 'One'), era(1900, 1950, 'Two')] }));
  });
});
