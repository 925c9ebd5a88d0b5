/** A Playwright worker fixture: the site a recipe builds (once, e2e/support/site-build.ts), served on loopback; its value is the origin. */
import { siteBuild, type SiteRecipe } from './site-build.ts';
import { serve } from './static-server.ts';

export function servedSite(recipe: SiteRecipe, options: { base?: string } = {}): [(_: {}, use: (origin: string) => Promise<void>) => Promise<void>, { scope: 'worker'; timeout: number }] {
  return [
    async ({}, use) => {
      const { server, origin } = await serve(siteBuild(recipe), options);
      await use(origin);
      server.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ];
}
