/** Every page of the built site is valid HTML. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { builtPages, distDir } from './built-pages.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements without a closing slash and minifies whitespace; neither is an error.
    'void-style': 'off',
    // Text like "1904–1907" and typographic quotes are fine as characters.
    'no-raw-characters': 'off',
    // HTML allows ids that start with a digit; event ids are dated slugs ("2007-tkm-world-link").
    'valid-id': ['error', { relaxed: true }],
    // The layout keeps titles within 70 characters; this rule counts an entity such as &#39; as five.
    'long-title': 'off',
    // The timeline's thread filters are checkboxes sharing one name, as a multi-valued field is written.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});
const format = formatterFactory('text');

describe('the built HTML', () => {
  for (const path of builtPages()) {
    it(`is valid on ${path}`, async () => {
      const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
      const report = await validator.validateFile(file);
      assert.ok(report.valid, format(report.results));
    });
  }
});
