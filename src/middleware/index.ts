import { sequence } from 'astro:middleware';
import { typeset } from './typeset.ts';
import { checkCorrections } from './check-corrections.ts';
import { locale } from './locale.ts';

/**
 * Build steps over each page Astro writes: its language and words for the components
 * (`Astro.locals`), then its language's typography and the corrections log held against it.
 */
export const onRequest = sequence(locale, checkCorrections, typeset);
