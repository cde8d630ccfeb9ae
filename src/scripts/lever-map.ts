/**
 * <lever-map>: enhances the server-rendered map. Adds the lever switch (kept in ?lever= so a link
 * reproduces the view and Back/Forward work), a tooltip on hover and focus (also announced
 * politely), and roving focus: the map is one tab stop and the arrow keys move between states.
 */
import { accessibleName, fillClass, legend, type MapMode, type MapStateData } from '../lib/map-data.ts';
import { plural } from '../lib/format.ts';

type Dir = 'up' | 'down' | 'left' | 'right';
const KEYS: Record<string, Dir> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

class LeverMap extends HTMLElement {
  private links: SVGAElement[] = [];
  private byCode = new Map<string, SVGAElement>();
  private data = new Map<string, MapStateData>();
  private select: HTMLSelectElement | null = null;
  private tooltip: HTMLElement | null = null;
  private live: HTMLElement | null = null;

  connectedCallback(): void {
    this.links = [...this.querySelectorAll<SVGAElement>('a.map__state')];
    this.select = this.querySelector('select.map__select');
    this.tooltip = this.querySelector('.map__tooltip');
    this.live = this.querySelector('.map__live');
    const titles = new Map([...(this.select?.options ?? [])].filter((o) => o.value).map((o) => [o.value, o.dataset.title ?? o.value]));
    for (const a of this.links) {
      const code = a.dataset.state ?? '';
      const leverIds = (a.dataset.levers ?? '').split(' ').filter(Boolean);
      this.byCode.set(code, a);
      this.data.set(code, {
        code,
        name: a.dataset.name ?? code,
        leverIds,
        leverTitles: leverIds.map((id) => titles.get(id) ?? id),
        programTitles: (a.dataset.programs ?? '').split('\n').filter(Boolean),
      });
    }
    this.setUpRovingFocus();
    this.setUpTooltip();
    this.querySelector<HTMLElement>('.map__keys')?.removeAttribute('hidden');
    if (this.select) {
      this.querySelector<HTMLElement>('.map__controls')?.removeAttribute('hidden');
      this.select.addEventListener('change', () => {
        const url = new URL(location.href);
        if (this.select!.value) url.searchParams.set('lever', this.select!.value);
        else url.searchParams.delete('lever');
        history.pushState(null, '', url);
        this.applyFromUrl();
      });
      window.addEventListener('popstate', () => this.applyFromUrl());
      this.applyFromUrl();
    }
    // Animate recolouring only after the first paint, so a shared ?lever= link shows its view at once.
    requestAnimationFrame(() => this.classList.add('map--ready'));
  }

  /** The URL is the state of the view: read the lever from it and recolour. */
  private applyFromUrl(): void {
    const wanted = new URL(location.href).searchParams.get('lever') ?? '';
    const option = [...(this.select?.options ?? [])].find((o) => o.value === wanted);
    const lever = option && wanted ? wanted : '';
    if (this.select) this.select.value = lever;
    const mode: MapMode = lever ? { kind: 'lever', lever, leverTitle: option?.dataset.title ?? lever } : { kind: 'count' };
    this.dataset.mode = mode.kind;
    this.dataset.lever = lever;
    for (const [code, a] of this.byCode) {
      const d = this.data.get(code)!;
      const fill = fillClass(d, mode);
      a.dataset.fill = fill;
      a.setAttribute('aria-label', accessibleName(d, mode));
      this.querySelector<SVGTextElement>(`.map__labels text[data-for="${code}"]`)?.setAttribute('data-fill', fill);
    }
    const list = this.querySelector('.map__legend');
    if (list) {
      list.replaceChildren(
        ...legend(mode).map((item) => {
          const li = document.createElement('li');
          const swatch = document.createElement('span');
          swatch.className = 'map__swatch';
          swatch.dataset.fill = item.fill;
          // Scoped styles match on Astro's attribute: copy it from the server-rendered swatch.
          for (const attr of list.firstElementChild?.firstElementChild?.getAttributeNames() ?? []) {
            if (attr.startsWith('data-astro-cid')) swatch.setAttribute(attr, '');
          }
          li.append(swatch, item.label);
          for (const attr of list.getAttributeNames()) if (attr.startsWith('data-astro-cid')) li.setAttribute(attr, '');
          return li;
        }),
      );
    }
    if (this.live && this.select) {
      const count = mode.kind === 'lever' ? [...this.data.values()].filter((d) => d.leverIds.includes(mode.lever)).length : 0;
      this.live.textContent = mode.kind === 'lever' ? `Map shows the ${plural(count, 'state')} that use ${mode.leverTitle.toLowerCase()}.` : 'Map shows the number of programs in each state.';
    }
  }

  private setUpRovingFocus(): void {
    const current = this.links.find((a) => a.dataset.fill === 'on' && this.dataset.mode === 'state') ?? this.links[0];
    for (const a of this.links) a.setAttribute('tabindex', a === current ? '0' : '-1');
    this.addEventListener('keydown', (event) => {
      const from = (event.target as Element).closest?.('a.map__state') as SVGAElement | null;
      if (!from) return;
      if (event.key === 'Escape') {
        this.hideTooltip();
        return;
      }
      const dir = KEYS[event.key];
      if (!dir) return;
      event.preventDefault();
      const next = this.byCode.get(from.dataset[dir] ?? '');
      if (!next) return;
      from.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      this.bringToFront(next);
      next.focus();
    });
  }

  /** SVG has no z-index: the last child paints on top, so its outline is not hidden by neighbours. */
  private bringToFront(a: SVGAElement): void {
    if (a.parentNode && a.parentNode.lastElementChild !== a) a.parentNode.appendChild(a);
  }

  private setUpTooltip(): void {
    const show = (event: Event) => {
      const a = (event.target as Element).closest?.('a.map__state') as SVGAElement | null;
      if (!a) return;
      if (event.type === 'pointerover') this.bringToFront(a);
      this.showTooltip(a, event.type === 'focusin');
    };
    this.addEventListener('pointerover', show);
    this.addEventListener('focusin', show);
    this.addEventListener('pointerleave', () => this.hideTooltip());
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.hideTooltip();
    });
  }

  private showTooltip(a: SVGAElement, announce: boolean): void {
    const tip = this.tooltip;
    const d = this.data.get(a.dataset.state ?? '');
    if (!tip || !d) return;
    const title = document.createElement('strong');
    title.textContent = d.name;
    const parts: Node[] = [title];
    if (d.programTitles.length) {
      const ul = document.createElement('ul');
      for (const t of d.programTitles.slice(0, 6)) {
        const li = document.createElement('li');
        li.textContent = t;
        ul.append(li);
      }
      if (d.programTitles.length > 6) {
        const li = document.createElement('li');
        li.textContent = `and ${d.programTitles.length - 6} more`;
        ul.append(li);
      }
      parts.push(ul);
    } else {
      const p = document.createElement('p');
      p.textContent = 'No program documented yet.';
      parts.push(p);
    }
    tip.replaceChildren(...parts);
    tip.hidden = false;
    const frame = tip.parentElement!.getBoundingClientRect();
    const box = a.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2 - frame.left - tip.offsetWidth / 2, 0), frame.width - tip.offsetWidth);
    let y = box.top - frame.top - tip.offsetHeight - 8;
    if (y < 0) y = box.bottom - frame.top + 8;
    tip.style.left = `${Math.round(x)}px`;
    tip.style.top = `${Math.round(y)}px`;
    // The link's name already gives the state and its levers; announce what only the tooltip shows.
    if (announce && this.live) this.live.textContent = d.programTitles.length ? `Programs: ${d.programTitles.join('; ')}` : '';
  }

  private hideTooltip(): void {
    if (this.tooltip) this.tooltip.hidden = true;
  }
}

customElements.define('lever-map', LeverMap);
