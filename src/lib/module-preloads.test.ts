import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modulesToPreload, moduleScripts, withModulePreloads } from './module-preloads.ts';

/** Like the build's: an entry importing the timeline, which imports shared modules; the search imports a helper. */
const IMPORTS: Record<string, string[]> = {
  '/base/_astro/Timeline.js': ['/base/_astro/timeline.js'],
  '/base/_astro/timeline.js': ['/base/_astro/locales.js', '/base/_astro/escape.js', '/base/_astro/preload-helper.js'],
  '/base/_astro/locales.js': ['/base/_astro/escape.js'],
  '/base/_astro/Search.js': ['/base/_astro/preload-helper.js'],
};
const staticImports = (url: string) => IMPORTS[url] ?? [];

const page = (scripts: string[]) =>
  `<!DOCTYPE html><html lang="en"><head><title>T</title><link rel="stylesheet" href="/base/_astro/page.css"></head><body>` +
  scripts.map((src) => `<script type="module" src="${src}"></script>`).join('') +
  `<script type="application/json" data-timeline-data>[]</script></body></html>`;

describe('module preloads', () => {
  it('finds the module scripts of a page, and not its JSON', () => {
    assert.deepEqual(moduleScripts(page(['/base/_astro/Search.js', '/base/_astro/Timeline.js'])), ['/base/_astro/Search.js', '/base/_astro/Timeline.js']);
  });

  it('lists every module the scripts import, however deep, once each, in the order first met', () => {
    assert.deepEqual(modulesToPreload(['/base/_astro/Search.js', '/base/_astro/Timeline.js'], staticImports), [
      '/base/_astro/preload-helper.js',
      '/base/_astro/timeline.js',
      '/base/_astro/locales.js',
      '/base/_astro/escape.js',
    ]);
  });

  it('leaves out a module the page already loads as a script of its own', () => {
    assert.deepEqual(modulesToPreload(['/base/_astro/Timeline.js', '/base/_astro/timeline.js'], staticImports), [
      '/base/_astro/locales.js',
      '/base/_astro/escape.js',
      '/base/_astro/preload-helper.js',
    ]);
  });

  it('puts the links at the end of the head', () => {
    const html = withModulePreloads(page(['/base/_astro/Search.js']), staticImports);
    assert.match(html, /<link rel="stylesheet" href="\/base\/_astro\/page.css"><link rel="modulepreload" href="\/base\/_astro\/preload-helper.js"><\/head>/);
  });

  it('leaves a page alone when its scripts import nothing, or it has none', () => {
    const plain = page(['/base/_astro/LanguageSwitch.js']);
    assert.equal(withModulePreloads(plain, staticImports), plain);
    assert.equal(withModulePreloads(page([]), staticImports), page([]));
  });
});
