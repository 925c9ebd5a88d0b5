/**
 * At the end of an `open` story's build (content/site.yaml), says how many sentences lack
 * a source and where most of them are: the build that a `strict` story fails, reported.
 */
import type { AstroIntegration } from 'astro';
import { UNCITED } from '../markdown/citation-coverage.ts';

export function sourcingReport(): AstroIntegration {
  let reported = false;
  return {
    name: 'sourcing-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const total = [...UNCITED.values()].reduce((sum, n) => sum + n, 0);
        // Once, though the hook may run for more than one output.
        if (total === 0 || reported) return;
        reported = true;
        const worst = [...UNCITED].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([file, n]) => `${file} (${n})`);
        logger.warn(`${total} sentence${total === 1 ? '' : 's'} in ${UNCITED.size} file${UNCITED.size === 1 ? '' : 's'} ${total === 1 ? 'cites' : 'cite'} no source; most in ${worst.join(', ')}. With "sourcing: strict" in site.yaml the build would stop on them.`);
      },
    },
  };
}
