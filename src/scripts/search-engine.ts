/**
 * Loads the search index once per page, on first use (a search box gains focus or gets typed in),
 * never at page load. The search code itself (with fuse.js) is a separate chunk loaded with it.
 */
import type { SearchEngine } from '../lib/search.ts';

let engine: Promise<SearchEngine> | undefined;

export function loadSearch(indexUrl: string): Promise<SearchEngine> {
  engine ??= (async () => {
    const [{ SearchEngine: Engine }, response] = await Promise.all([import('../lib/search.ts'), fetch(indexUrl)]);
    if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
    return new Engine(await response.json());
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** Appends text to `parent`, wrapping the marked parts in <mark>. Text nodes only: data never becomes markup. */
export function appendParts(parent: Node, parts: readonly { text: string; mark: boolean }[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.appendChild(mark);
    } else parent.appendChild(document.createTextNode(part.text));
  }
}
