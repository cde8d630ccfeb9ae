/**
 * <search-page>: runs the query in the URL (/search/?q=…&state=…&lever=…) and shows every matching
 * program with its matched words highlighted in context. Typing updates the results and the URL
 * (replaceState); submitting or changing a filter adds a history entry, so Back and Forward and
 * shared links show the same results. All text goes in as text nodes.
 */
import type { SearchResult, SearchSection } from '../lib/search.ts';

type SearchLib = typeof import('../lib/search.ts');
import { href, paths } from '../lib/paths.ts';
import { stateByCode } from '../lib/states.ts';
import { appendParts, loadSearch } from './search-engine.ts';

const texts = new Map<string, Promise<SearchSection[]>>();

interface Query {
  q: string;
  state: string;
  lever: string;
}

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private stateSelect!: HTMLSelectElement;
  private leverSelect!: HTMLSelectElement;
  private status!: HTMLElement;
  private results!: HTMLElement;
  private list!: HTMLOListElement;
  private empty!: HTMLElement;
  private run = 0;
  /** True while the current history entry belongs to the words being typed (replaced, not added to). */
  private typing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const get = <T extends Element>(selector: string) => {
      const el = this.querySelector<T>(selector);
      if (!el) throw new Error(`search page: ${selector} missing`);
      return el;
    };
    this.form = get('form');
    this.input = get('#search-q');
    this.stateSelect = get('#search-state');
    this.leverSelect = get('#search-lever');
    this.status = get('[role="status"]');
    this.results = get('.search-results');
    this.list = get('.search-results__list');
    this.empty = get('.search-empty');
    this.querySelector<HTMLElement>('.search-note')?.setAttribute('hidden', '');

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      this.commit('submit');
    });
    for (const select of [this.stateSelect, this.leverSelect]) select.addEventListener('change', () => this.commit('submit'));
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.commit('typing'), 120);
    });
    this.input.addEventListener('focus', () => void loadSearch(this.dataset.index ?? '').catch(() => undefined), { once: true });
    window.addEventListener('popstate', () => {
      clearTimeout(this.timer);
      this.typing = false;
      this.fromUrl();
    });
    this.fromUrl();
  }

  private read(): Query {
    return { q: this.input.value.trim(), state: this.stateSelect.value, lever: this.leverSelect.value };
  }

  private fromUrl(): void {
    const params = new URLSearchParams(window.location.search);
    const query = { q: params.get('q') ?? '', state: params.get('state') ?? '', lever: params.get('lever') ?? '' };
    this.input.value = query.q;
    this.stateSelect.value = [...this.stateSelect.options].some((o) => o.value === query.state) ? query.state : '';
    this.leverSelect.value = [...this.leverSelect.options].some((o) => o.value === query.lever) ? query.lever : '';
    void this.show(this.read());
  }

  /**
   * Typing adds one history entry for the new words and then keeps replacing it; submitting or
   * changing a filter settles it (or adds an entry when nothing was typed).
   */
  private commit(how: 'typing' | 'submit'): void {
    const query = this.read();
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.state) params.set('state', query.state);
    if (query.lever) params.set('lever', query.lever);
    const search = params.size ? `?${params}` : '';
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}`;
      if (this.typing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      this.typing = how === 'typing';
    } else if (how === 'submit') this.typing = false;
    void this.show(query);
  }

  private async show(query: Query): Promise<void> {
    const run = ++this.run;
    if (!query.q && !query.state && !query.lever) {
      this.results.hidden = true;
      this.empty.hidden = true;
      this.status.textContent = '';
      return;
    }
    let result: SearchResult;
    let suggestion: string | undefined;
    let lib: SearchLib;
    try {
      const [engine, loaded] = await Promise.all([loadSearch(this.dataset.index ?? ''), import('../lib/search.ts')]);
      lib = loaded;
      result = engine.search(query.q, { state: query.state, lever: query.lever });
      suggestion = engine.suggestion(query.q, result);
    } catch {
      this.status.textContent = 'Search could not load. Every program is listed below by state and by lever.';
      return;
    }
    if (run !== this.run) return;
    this.render(lib, query, result, suggestion);
  }

  private describe(query: Query, n: number, partial: boolean): string {
    const state = query.state ? ` in ${stateByCode(query.state)?.name ?? query.state}` : '';
    const lever = query.lever ? ` using ${this.leverSelect.selectedOptions[0]?.textContent ?? query.lever}` : '';
    const words = query.q ? ` for “${query.q}”` : '';
    const count = `${n} program${n === 1 ? '' : 's'}`;
    return partial ? `No program has every word${words}; ${count}${state}${lever} with some of them.` : `${count}${state}${lever}${words}.`;
  }

  private render(lib: SearchLib, query: Query, result: SearchResult, suggestion: string | undefined): void {
    const base = this.dataset.base ?? '/';
    const n = result.hits.length;
    this.status.textContent = n ? this.describe(query, n, result.partial) : `No program matches${query.q ? ` “${query.q}”` : ''}${query.state || query.lever ? ' with these filters' : ''}.`;
    this.list.replaceChildren();
    this.results.hidden = n === 0;
    this.empty.hidden = n > 0;
    const hint = this.empty.querySelector<HTMLElement>('.search-empty__suggestion');
    const hintLink = hint?.querySelector('a');
    if (hint && hintLink) {
      hint.hidden = !suggestion;
      if (suggestion) {
        hintLink.textContent = suggestion;
        const params = new URLSearchParams(window.location.search);
        params.set('q', suggestion);
        hintLink.href = `${href(paths.search(), base)}?${params}`;
      }
    }
    for (const hit of result.hits) {
      const li = document.createElement('li');
      const h3 = document.createElement('h3');
      const a = document.createElement('a');
      a.href = href(paths.program(hit.program.id), base);
      appendParts(a, lib.highlight(hit.program.title, result.matchedWords));
      h3.append(a);
      const meta = document.createElement('p');
      meta.className = 'search-hit__meta';
      const levers = hit.program.levers.map((id) => [...this.leverSelect.options].find((o) => o.value === id)?.textContent ?? id);
      meta.textContent = [stateByCode(hit.program.state)?.name ?? hit.program.state, ...levers].join(' · ');
      const context = document.createElement('p');
      context.className = 'search-hit__context';
      li.append(h3, meta, context);
      this.list.append(li);
      void this.fillContext(lib, context, hit.program.id, result);
    }
  }

  private async fillContext({ snippet }: SearchLib, target: HTMLElement, id: string, result: SearchResult): Promise<void> {
    let sections = texts.get(id);
    if (!sections) {
      sections = fetch(`${this.dataset.text ?? ''}${id}.json`).then(async (r) => (r.ok ? ((await r.json()) as { sections: SearchSection[] }).sections : []));
      texts.set(id, sections);
    }
    const all = await sections.catch(() => []);
    const cut = snippet(all, result.matchedWords) ?? (all[0] ? snippet([all[0]], new Set(), 40) : undefined);
    if (!cut || !target.isConnected) return;
    if (cut.heading) {
      const label = document.createElement('span');
      label.className = 'search-hit__section';
      label.textContent = `${cut.heading}: `;
      target.append(label);
    }
    appendParts(target, cut.parts);
  }
}

customElements.define('search-page', SearchPage);
