/**
 * Where the details card goes: below the mark's row, or above it when below would run past
 * the bottom and there is room above; never over the mark, never off the frame's sides.
 * Pure: boxes in, a position out (relative to the frame's top left).
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function placeCard(
  mark: Rect,
  frame: Rect,
  card: { width: number; height: number },
  frameSize: { width: number; height: number },
): { left: number; top: number } {
  const GAP = 8;
  const below = mark.bottom - frame.top + GAP;
  const above = mark.top - frame.top - card.height - GAP;
  // The card may hang a little below the chart (40 px) before it moves above the mark.
  const top = below + card.height > frameSize.height + 40 && above >= 0 ? above : below;
  const left = Math.min(Math.max(mark.left - frame.left - 24, 0), frameSize.width - card.width);
  return { left: Math.round(left), top: Math.round(top) };
}
