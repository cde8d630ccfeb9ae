/**
 * The programs a reader has set aside to compare, kept in localStorage (never a cookie) so the
 * choice follows them from page to page and tab to tab. Every change is announced with a
 * "compare-change" event on window; other tabs' changes arrive as "storage" events.
 */
import { parseChosen, toggleChosen, type Chosen } from '../lib/compare.ts';

const KEY = 'state-levers:compare';
const CHANGE = 'compare-change';

// When storage is off (private mode, a policy), the choice lasts for this page only.
let usable = true;
let memory: Chosen[] = [];

export function chosen(): Chosen[] {
  if (usable) {
    try {
      return parseChosen(localStorage.getItem(KEY));
    } catch {
      usable = false;
    }
  }
  return memory;
}

function write(list: readonly Chosen[]): void {
  memory = [...list];
  try {
    if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
    else localStorage.removeItem(KEY);
  } catch {
    usable = false;
  }
  window.dispatchEvent(new CustomEvent(CHANGE));
}

/** Adds or removes one program; `full` is true when there was no room to add it. */
export function setChosen(item: Chosen, on: boolean): { full: boolean } {
  const { list, full } = toggleChosen(chosen(), item, on);
  if (!full) write(list);
  return { full };
}

export function clearChosen(): void {
  write([]);
}

export function onChosenChange(listener: () => void): void {
  window.addEventListener(CHANGE, listener);
  window.addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) listener();
  });
  // A page restored from the back-forward cache may show an old choice.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) listener();
  });
}
