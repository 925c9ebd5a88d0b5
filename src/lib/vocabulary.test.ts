import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONFIDENCE_LEVELS, isCurrency, COST_SCOPES, LENGTH_KINDS, CORRECTION_KINDS } from './vocabulary.ts';
import { en } from '../i18n/ui/en.ts';

const schema = JSON.parse(readFileSync(new URL('../../public/data/events.schema.json', import.meta.url), 'utf8'));
/** Every `enum` the open data's JSON Schema gives a property of that name, wherever it is. */
function enumsOf(name: string, node: unknown = schema): unknown[][] {
  if (typeof node !== 'object' || node === null) return [];
  const own = Array.isArray(node) ? [] : Object.entries(node).flatMap(([key, value]) => (key === name && Array.isArray(value?.enum) ? [value.enum] : []));
  return [...own, ...Object.values(node).flatMap((child) => enumsOf(name, child))];
}

describe('vocabulary', () => {
  it('the open data’s JSON Schema lists the same values as the content schema', () => {
    assert.deepEqual(enumsOf('level'), [[...CONFIDENCE_LEVELS]]);
    assert.deepEqual(enumsOf('scope'), [[...COST_SCOPES]]);
    assert.deepEqual(enumsOf('of'), [[...LENGTH_KINDS]]);
  });
  it('the interface strings name every value', () => {
    const keys = (words: object) => Object.keys(words).sort();
    assert.deepEqual(keys(en.confidence.badge), [...CONFIDENCE_LEVELS].sort());
    assert.deepEqual(keys(en.scopes), [...COST_SCOPES].sort());
    assert.deepEqual(keys(en.lengthOf), [...LENGTH_KINDS].sort());
    assert.deepEqual(keys(en.pages.corrections.kinds), [...CORRECTION_KINDS].sort());
  });
});

describe('currencies', () => {
  it('are any ISO 4217 code Intl knows, and nothing else', () => {
    for (const code of ['USD', 'GBP', 'RUB', 'EUR', 'JPY']) assert.equal(isCurrency(code), true, code);
    for (const code of ['usd', 'DOLLARS', 'XYZ', '']) assert.equal(isCurrency(code), false, code);
  });
});
