/**
 * <compare-view>: reads ?programs= from the URL, fetches the open data and draws the comparison
 * (fields as rows, programs as columns, differing rows marked). Every id that cannot be shown is
 * named with the reason. The URL stays the whole state: the form's ?programs=a&programs=b is
 * rewritten to the shareable ?programs=a,b, and "show only differences" is ?only=differences.
 */
import { COMPARE_MAX, COMPARE_MIN, compareQuery, compareRows, idsFromQuery, resolveIds } from '../lib/compare.ts';
import type { ProgramRecord } from '../lib/open-data.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

class CompareView extends HTMLElement {
  async connectedCallback(): Promise<void> {
    // The script-free version (a note and a table driven by the checkboxes) gives way to this one.
    for (const part of this.querySelectorAll('.compare__nojs, .compare__static')) part.remove();
    const ids = idsFromQuery(location.search);
    this.checkForm(ids);
    if (ids.length === 0) return;
    const status = this.querySelector<HTMLElement>('.compare__status');
    let records: ProgramRecord[];
    try {
      const response = await fetch(this.dataset.src ?? '', { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      records = (await response.json()) as ProgramRecord[];
    } catch {
      if (status) status.textContent = 'The program data could not be loaded, so the comparison cannot be shown. Reload the page to try again.';
      return;
    }
    const { programs, problems, moved } = resolveIds(ids, records);
    if (programs.length < COMPARE_MIN) {
      problems.push(
        programs.length === 0
          ? `Nothing to compare yet: choose at least ${COMPARE_MIN} programs below.`
          : `Only one program to show: choose at least one more below to compare it with ${programs[0]!.title}.`,
      );
    }
    for (const m of moved) problems.push(`“${m.from}” has been renamed; it is shown under its current id, “${m.to}”.`);
    this.showProblems(problems);
    const canonical = compareQuery(programs.length ? programs.map((p) => p.id) : ids);
    const only = new URLSearchParams(location.search).get('only') === 'differences';
    this.setUrl(canonical, only);
    this.checkForm(programs.map((p) => p.id));
    if (programs.length >= COMPARE_MIN) this.draw(programs, only);
  }

  private setUrl(query: string, only: boolean): void {
    const url = `${location.pathname}${query}${only ? `${query ? '&' : '?'}only=differences` : ''}`;
    history.replaceState(history.state, '', url);
    const link = this.querySelector<HTMLAnchorElement>('.compare__link');
    if (link) link.href = url;
  }

  private checkForm(ids: readonly string[]): void {
    for (const box of this.querySelectorAll<HTMLInputElement>('.compare__form input[name="programs"]')) box.checked = ids.includes(box.value);
  }

  private showProblems(problems: readonly string[]): void {
    const box = this.querySelector<HTMLElement>('.compare__problems');
    const list = box?.querySelector('ul');
    if (!box || !list) return;
    list.replaceChildren(...problems.map((p) => el('li', p)));
    box.hidden = problems.length === 0;
    if (problems.length) box.setAttribute('role', 'alert');
  }

  private draw(programs: readonly ProgramRecord[], only: boolean): void {
    const result = this.querySelector<HTMLElement>('.compare__result');
    const table = this.querySelector<HTMLTableElement>('.compare__table');
    const headRow = table?.tHead?.rows[0];
    const body = table?.tBodies[0];
    if (!result || !table || !headRow || !body) return;
    const levers = JSON.parse(this.dataset.levers ?? '{}') as Record<string, string>;
    const rows = compareRows(programs, (id) => levers[id] ?? id);
    const differing = rows.filter((r) => r.differs).length;

    const caption = table.querySelector('caption');
    if (caption) caption.textContent = `${programs.map((p) => `${p.title} (${p.stateName})`).join(', ')}: ${differing} of ${rows.length} fields differ`;
    const self = this.dataset.self ?? '/compare/';
    headRow.replaceChildren(
      el('th', 'Field'),
      ...programs.map((p) => {
        const th = el('th');
        const a = el('a', p.title);
        a.href = new URL(p.url).pathname;
        a.dataset.url = p.url;
        const others = programs.filter((o) => o !== p).map((o) => o.id);
        const remove = el('a', 'Remove', 'remove');
        remove.href = `${self}${compareQuery(others)}`;
        remove.setAttribute('aria-label', `Remove ${p.title} from this comparison`);
        th.append(a, el('span', p.stateName, 'state-name'), remove);
        return th;
      }),
    );
    for (const th of headRow.cells) th.setAttribute('scope', 'col');
    body.replaceChildren(
      ...rows.map((row) => {
        const tr = el('tr');
        if (row.differs) tr.className = 'differs';
        const th = el('th', row.label);
        th.scope = 'row';
        if (row.differs) th.append(el('span', 'differs', 'differs-tag'));
        tr.append(th);
        for (const value of row.values) {
          const td = el('td');
          if (value.length === 0) td.append(el('span', 'Not given', 'not-given'));
          else if (value.length === 1) td.textContent = value[0]!;
          else if (row.paragraphs) td.append(...value.map((v) => el('p', v)));
          else {
            const ul = el('ul');
            ul.append(...value.map((v) => el('li', v)));
            td.append(ul);
          }
          tr.append(td);
        }
        return tr;
      }),
    );
    const toggle = this.querySelector<HTMLInputElement>('.compare__only');
    const apply = (on: boolean) => table.classList.toggle('compare__only-on', on);
    if (toggle) {
      toggle.checked = only;
      toggle.addEventListener('change', () => {
        apply(toggle.checked);
        this.setUrl(compareQuery(programs.map((p) => p.id)), toggle.checked);
      });
    }
    apply(only);
    result.hidden = false;
    const status = this.querySelector<HTMLElement>('.compare__status');
    if (status) status.textContent = `Comparing ${programs.length} of at most ${COMPARE_MAX} programs; ${differing} of ${rows.length} fields differ.`;
  }
}
customElements.define('compare-view', CompareView);
