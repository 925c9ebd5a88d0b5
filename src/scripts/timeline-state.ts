/**
 * What the reader has chosen on the timeline, in one place: the selection, the filters and
 * the view. The URL fragment carries the selection and the filters.
 */
import { parseTimelineState, serializeTimelineState, type TimelineState } from '../lib/timeline/url-state.ts';
import { IDENTITY, type View } from '../lib/timeline/zoom-math.ts';
import type { ThreadId } from '../lib/threads.ts';
import type { TimelineOptions } from './timeline.ts';

export interface ReaderState {
  /** The selected event (`url.event`) and the filters, as in the URL fragment. */
  url: TimelineState;
  /**
   * The current event: the one the keyboard is on, the timeline's one tab stop. The selected
   * event once there is one (unless a filter hides it), else the first shown.
   */
  current: string | undefined;
  /** The quiet mark the pointer last found: drawn as a link so it can be clicked or opened, not selected. */
  pointed: string | undefined;
  /** "Show every link": every lineage arc, not only the selected event's. */
  everyLink: boolean;
  /** Pan and zoom in pixel space; the layout applies it to its own scale. */
  view: View;
  /** The story's threads, in lane order. */
  allThreads: readonly string[];
}

/** The state the page starts in: the URL fragment's, else the embed's options. `ids` checks a fragment's event. */
export function initialState(root: HTMLElement, initial: TimelineOptions['initial'], ids: () => Set<string>, allThreads: readonly string[]): ReaderState {
  // Only a fragment needs the ids.
  let url = parseTimelineState(location.hash, location.hash ? ids() : new Set(), allThreads);
  if (!location.hash && initial) url = { ...url, event: initial.event, threads: initial.threads ?? url.threads };
  return {
    url,
    // The first event in date order: the list's first link.
    current: url.event ?? root.querySelector<HTMLElement>('.tl-list a[data-id]')?.dataset.id,
    pointed: undefined,
    everyLink: false,
    view: IDENTITY,
    allThreads,
  };
}

export function writeUrl(state: ReaderState) {
  history.replaceState(history.state, '', serializeTimelineState(state.url, state.allThreads) || location.pathname + location.search);
}

/** Takes the filters from the form. */
export function readForm(form: HTMLElement, state: ReaderState) {
  const threads = [...form.querySelectorAll<HTMLInputElement>('input[name="thread"]:checked')].map((i) => i.value as ThreadId);
  const coreOnly = form.querySelector<HTMLInputElement>('input[name="core"]')!.checked;
  state.everyLink = form.querySelector<HTMLInputElement>('input[name="lineage"]')?.checked ?? false;
  state.url = { ...state.url, threads, coreOnly };
}

/** Shows the filters in the form. */
export function writeForm(form: HTMLElement, state: ReaderState) {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="thread"]')) {
    input.checked = state.url.threads.includes(input.value as ThreadId);
  }
  form.querySelector<HTMLInputElement>('input[name="core"]')!.checked = state.url.coreOnly;
}
