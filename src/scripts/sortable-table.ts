/**
 * <sortable-table>: sorts the server-rendered table by any column (a button in each column
 * header, aria-sort on the header) and filters it by status and kind. The state lives in the URL
 * (?sort=&order=&status=&kind=), so a reload, Back/Forward and a shared link show the same view.
 * Without JavaScript the table stays complete in its server order.
 */
import { plural } from '../lib/format.ts';
import { arrangeRows, parseTableState, tableQuery, type TableState } from '../lib/lever-table.ts';

class SortableTable extends HTMLElement {
  private columns: string[] = [];
  private headers: HTMLTableCellElement[] = [];
  private rows: HTMLTableRowElement[] = [];
  private tbody: HTMLTableSectionElement | null = null;
  private form: HTMLElement | null = null;

  connectedCallback(): void {
    this.tbody = this.querySelector('tbody');
    this.rows = [...(this.tbody?.rows ?? [])];
    this.headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-col]')];
    this.columns = this.headers.map((th) => th.dataset.col ?? '');
    this.form = this.querySelector('.lever-table__filters');
    for (const th of this.headers) {
      const button = document.createElement('button');
      button.type = 'button';
      const label = document.createElement('span');
      label.textContent = th.textContent;
      const icon = document.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(label, icon);
      th.replaceChildren(button);
      button.addEventListener('click', () => this.sortBy(th.dataset.col ?? ''));
    }
    if (this.form) {
      this.form.hidden = false;
      this.form.addEventListener('change', () => this.update({ ...this.state(), ...this.filters() }));
      this.form.querySelector('.lever-table__reset')?.addEventListener('click', () => this.update({ order: 'asc' }));
    }
    this.querySelector('.lever-table__clear')?.addEventListener('click', () => {
      const { status: _s, kind: _k, ...rest } = this.state();
      this.update(rest);
    });
    this.querySelector('.lever-table__order')?.remove();
    window.addEventListener('popstate', () => this.render(this.state()));
    this.render(this.state());
  }

  private state(): TableState {
    return parseTableState(location.search, this.columns);
  }

  private select(name: string): HTMLSelectElement | null {
    return this.form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`) ?? null;
  }

  private filters(): Pick<TableState, 'status' | 'kind'> {
    const value = (name: string) => this.select(name)?.value || undefined;
    const status = value('status');
    const kind = value('kind');
    return { ...(status ? { status } : {}), ...(kind ? { kind } : {}) };
  }

  private sortBy(col: string): void {
    const now = this.state();
    this.update({ ...now, sort: col, order: now.sort === col && now.order === 'asc' ? 'desc' : 'asc' });
  }

  private update(state: TableState): void {
    const url = `${location.pathname}${tableQuery(state, location.search)}${location.hash}`;
    history.replaceState(history.state, '', url);
    this.render(state);
  }

  private render(requested: TableState): void {
    // A filter value the table has no option for (an old or edited link) is dropped, not applied.
    const known = (name: 'status' | 'kind') => {
      const select = this.select(name);
      const v = requested[name];
      return v && select && [...select.options].some((o) => o.value === v) ? v : undefined;
    };
    const status = known('status');
    const kind = known('kind');
    const state: TableState = { order: requested.order, ...(requested.sort ? { sort: requested.sort } : {}), ...(status ? { status } : {}), ...(kind ? { kind } : {}) };
    const colIndex = state.sort ? this.headers.findIndex((th) => th.dataset.col === state.sort) : -1;
    const keys = colIndex >= 0 ? this.rows.map((tr) => tr.cells[colIndex]?.dataset.sort ?? '') : undefined;
    const data = this.rows.map((tr) => ({ status: tr.dataset.status ?? '', kind: tr.dataset.kind ?? '' }));
    const order = arrangeRows(data, keys, state);
    const shown = new Set(order);
    this.rows.forEach((tr, i) => (tr.hidden = !shown.has(i)));
    this.tbody?.append(...order.map((i) => this.rows[i]!), ...this.rows.filter((_, i) => !shown.has(i)));
    this.headers.forEach((th, i) => {
      if (i === colIndex) th.setAttribute('aria-sort', state.order === 'desc' ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
    for (const name of ['status', 'kind'] as const) {
      const select = this.select(name);
      if (select) select.value = state[name] ?? '';
    }
    const empty = this.querySelector<HTMLElement>('.lever-table__empty');
    if (empty) empty.hidden = order.length > 0;
    const count = this.querySelector('.lever-table__count');
    const sortedBy = colIndex >= 0 ? `, sorted by ${this.headers[colIndex]!.textContent?.toLowerCase()} (${state.order === 'desc' ? 'descending' : 'ascending'})` : '';
    if (count) count.textContent = `Showing ${order.length} of ${plural(this.rows.length, 'program')}${sortedBy}.`;
  }
}
customElements.define('sortable-table', SortableTable);
