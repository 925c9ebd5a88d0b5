import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { translationProblems, withTranslatedWords, type EventWords, type TranslatedWords } from './translations.ts';

const english: EventWords & { updated: string; sources: string[] } = {
  updated: '2026-12-02',
  title: 'The tunnel',
  summary: 'A proposal.',
  date: { label: 'August 2025', note: undefined },
  disputedDates: [{ note: 'Another date.' }],
  otherDates: [],
  confidence: { reason: 'Two sources.' },
  lengths: [{ label: '100 km', claimedBy: 'Viktor Razbegin' }],
  costs: [],
  places: [{ name: 'Cape Dezhnev' }],
  people: ['Kirill Dmitriev'],
  organisations: [],
  drewOn: [],
  sources: ['S01'],
};

const russian: TranslatedWords = {
  translatedFrom: '2026-12-02',
  title: 'Тоннель',
  summary: 'Предложение.',
  dateLabel: 'август 2025 г.',
  disputedDates: [{ note: 'Другая дата.' }],
  otherDates: [],
  confidenceReason: 'Два источника.',
  lengths: [{ label: '100 км', claimedBy: 'Виктор Разбегин' }],
  costs: [],
  places: ['мыс Дежнёва'],
  people: ['Кирилл Дмитриев'],
  organisations: [],
  drewOn: [],
};

describe('translationProblems', () => {
  it('accepts a translation that gives every field the English has', () => {
    assert.deepEqual(translationProblems(english, russian), []);
  });
  it('names a list of another length than the English', () => {
    assert.deepEqual(translationProblems(english, { ...russian, people: [] }), [['people', 'has 0 entries; the English entry has 1']]);
  });
  it('names a label the English has and the translation lacks, and one the English lacks', () => {
    assert.deepEqual(translationProblems(english, { ...russian, dateLabel: undefined }), [['dateLabel', 'missing: the English entry has one']]);
    assert.deepEqual(translationProblems(english, { ...russian, dateNote: 'Заметка.' }), [['dateNote', 'the English entry has none; remove it']]);
    assert.deepEqual(translationProblems(english, { ...russian, lengths: [{ label: '100 км' }] }), [['lengths[0].claimedBy', 'missing: the English entry has one']]);
  });
  it('refuses a translation dated after the English it follows', () => {
    assert.deepEqual(translationProblems(english, { ...russian, translatedFrom: '2027-01-01' })[0]?.[0], 'translatedFrom');
  });
});

describe('withTranslatedWords', () => {
  it('lays the words over the English data and keeps the data', () => {
    const merged = withTranslatedWords(english, russian);
    assert.equal(merged.title, 'Тоннель');
    assert.equal(merged.date.label, 'август 2025 г.');
    assert.deepEqual(merged.lengths, [{ label: '100 км', claimedBy: 'Виктор Разбегин' }]);
    assert.deepEqual(merged.places, [{ name: 'мыс Дежнёва' }]);
    assert.deepEqual(merged.sources, ['S01'], 'sources stay the English entry’s');
  });
});
