import { sequence } from 'astro:middleware';
import { typeset } from './typeset.ts';
import { checkCorrections } from './check-corrections.ts';

/** Build steps over each page Astro writes: its language's typography, then the corrections log held against it. */
export const onRequest = sequence(checkCorrections, typeset);
