/**
 * What a key does on the timeline's one tab stop: the arrows step through the events in
 * date order, Home and End jump to the first and the last. Pure, so it is tested apart
 * from the page.
 */

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * For a key pressed on the event `current` among `order` (the ids shown, in date order):
 * whether the timeline handles the key (the page should not scroll), and the event to move
 * to, if there is one (none past either end).
 */
export function keyTarget(key: string, order: readonly string[], current: string | undefined): { handled: boolean; target?: string } {
  const step = STEPS[key];
  if (!step) return { handled: false };
  const target = order[step(order.indexOf(current ?? ''), order.length)];
  return target === undefined ? { handled: true } : { handled: true, target };
}
