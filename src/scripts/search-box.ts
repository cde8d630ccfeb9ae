/**
 * <search-box>: turns the header's search form into a WAI-ARIA combobox (list autocomplete).
 * Typing shows the best programs as options; Down/Up move through them, Enter opens the chosen
 * one (or, with none chosen, submits to the search page), Escape closes the list (a second Escape
 * clears the box). A status region announces how many programs match. The index loads on focus.
 */
import { href, paths } from '../lib/paths.ts';
import { stateByCode } from '../lib/states.ts';
import { loadSearch } from './search-engine.ts';

const SHOWN = 7;

class SearchBox extends HTMLElement {
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;
  private status!: HTMLElement;
  private active = -1;
  private run = 0;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const list = this.querySelector<HTMLUListElement>('ul');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!input || !list || !status) return;
    this.input = input;
    this.list = list;
    this.status = status;
    // The roles belong to the scripted widget; without this script the form is a plain search.
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggested programs');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.addEventListener('focus', () => void this.load().catch(() => undefined), { once: true });
    input.addEventListener('input', () => void this.update());
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => this.close());
    // Keep focus in the box while an option is clicked.
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
      if (option?.dataset.href) window.location.assign(option.dataset.href);
    });
  }

  private load() {
    return loadSearch(this.dataset.index ?? '');
  }

  private options(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private async update(): Promise<void> {
    const query = this.input.value;
    const run = ++this.run;
    if (!query.trim()) {
      this.close();
      this.status.textContent = '';
      return;
    }
    let engine;
    try {
      engine = await this.load();
    } catch {
      this.status.textContent = 'Search is not available right now; press Enter to open the search page.';
      return;
    }
    if (run !== this.run) return;
    const base = this.dataset.base ?? '/';
    const result = engine.search(query);
    this.list.replaceChildren();
    this.active = -1;
    result.hits.slice(0, SHOWN).forEach((hit, i) => {
      const li = document.createElement('li');
      li.id = `${this.list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = href(paths.program(hit.program.id), base);
      li.append(hit.program.title);
      const small = document.createElement('small');
      small.textContent = stateByCode(hit.program.state)?.name ?? hit.program.state;
      li.append(small);
      this.list.append(li);
    });
    const total = result.hits.length;
    const all = document.createElement('li');
    all.id = `${this.list.id}-all`;
    all.className = 'search-box__all';
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.dataset.href = href(paths.search(query.trim()), base);
    all.textContent = total ? `See all ${total} result${total === 1 ? '' : 's'} for “${query.trim()}”` : `No program matches “${query.trim()}”: open the search page`;
    this.list.append(all);
    this.open();
    const partial = result.partial ? ' with some of your words' : '';
    this.status.textContent = total
      ? `${total} program${total === 1 ? '' : 's'} found${partial}. Use the up and down arrows to choose, Enter to open.`
      : 'No programs found.';
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
    for (const o of this.options()) o.setAttribute('aria-selected', 'false');
  }

  private move(to: number): void {
    const options = this.options();
    if (!options.length) return;
    this.active = (to + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
    const current = options[this.active]!;
    this.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  private onKey(e: KeyboardEvent): void {
    const expanded = !this.list.hidden;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        if (!expanded) {
          if (this.options().length) this.open();
          else void this.update();
          return;
        }
        this.move(e.key === 'ArrowDown' ? this.active + 1 : this.active < 0 ? -1 : this.active - 1);
        return;
      case 'Enter': {
        const option = expanded && this.active >= 0 ? this.options()[this.active] : undefined;
        if (option?.dataset.href) {
          e.preventDefault();
          window.location.assign(option.dataset.href);
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.input.value = '';
          this.status.textContent = '';
        }
        return;
    }
  }
}

customElements.define('search-box', SearchBox);
