/**
 * The crowds' controls ("+7" under the lanes, drawn by timeline-drawing.ts): a click, Enter
 * or Space zooms to the events there that have no label, and moves on to the first of them.
 */
export function attachCrowds(svg: SVGSVGElement, open: (span: [number, number], firstId: string) => void): void {
  const activate = (event: Event) => {
    const crowd = (event.target as Element).closest<SVGGElement>('.tl-crowd[role="button"]');
    if (!crowd) return;
    event.preventDefault();
    event.stopPropagation();
    const [from, to] = crowd.dataset.span!.split(' ').map(Number) as [number, number];
    open([from, to], crowd.dataset.first!);
  };
  svg.addEventListener('click', activate);
  svg.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') activate(event);
  }, { capture: true });
}
