/**
 * `<link rel="modulepreload">` for what a page's module scripts import. A browser learns a
 * module's imports only once it has the module, so a script whose imports import in turn
 * arrives in rounds (the timeline's: its entry, then the timeline, then what that shares
 * with other scripts). Listed in the head, they are all requested while the page parses.
 */

/** The `src` of each module script in the page, in order. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
}

/**
 * Every module the page's scripts import statically, directly or not, that is not itself one
 * of its scripts, in the order first met. `staticImports` gives a module's direct static
 * imports (dynamic ones load on demand, and are left to load then), as URLs like its own.
 */
export function modulesToPreload(scripts: readonly string[], staticImports: (url: string) => readonly string[]): string[] {
  const seen = new Set(scripts);
  const found: string[] = [];
  const visit = (url: string) => {
    for (const imported of staticImports(url)) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      found.push(imported);
      visit(imported);
    }
  };
  scripts.forEach(visit);
  return found;
}

/** The page with a modulepreload link for each module its scripts import, at the end of its head. */
export function withModulePreloads(html: string, staticImports: (url: string) => readonly string[]): string {
  const modules = modulesToPreload(moduleScripts(html), staticImports);
  if (modules.length === 0) return html;
  const links = modules.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}
