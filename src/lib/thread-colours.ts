/**
 * The story's thread colours as CSS: a `--thread-<id>` custom property per thread, in the
 * light and the dark theme, and a `.thread-<id>` class that makes it the element's
 * `--thread`. Built from content/site.yaml and bundled with the site's stylesheet
 * (src/integrations/thread-colours.ts): the Content-Security-Policy allows no inline style.
 */
import type { Thread } from './site-file.ts';

export function threadColoursCss(threads: readonly Pick<Thread, 'id' | 'colour'>[]): string {
  const properties = threads.map((t) => `  --thread-${t.id}: light-dark(${t.colour.light}, ${t.colour.dark});`).join('\n');
  const classes = threads.map((t) => `.thread-${t.id} { --thread: var(--thread-${t.id}); }`).join('\n');
  return `:root {\n${properties}\n}\n${classes}\n`;
}
