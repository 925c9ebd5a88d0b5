/**
 * A Vite plugin for `virtual:thread-colours.css`: the story's thread colours
 * (src/lib/thread-colours.ts), which the layouts import beside the global stylesheet.
 */
import type { Plugin } from 'vite';
import { threadColoursCss } from '../lib/thread-colours.ts';
import { SITE } from '../data/site.ts';

const ID = 'virtual:thread-colours.css';

export function threadColours(): Plugin {
  return {
    name: 'thread-colours',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? threadColoursCss(SITE.threads) : undefined),
  };
}
