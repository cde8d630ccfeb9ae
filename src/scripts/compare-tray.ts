/**
 * <compare-tray>: lists the programs set aside for comparison, links to /compare/ with them in the
 * URL, and removes them one by one or all at once. While it shows, the page keeps focused
 * elements clear of it (scroll-padding), so the tray never hides what has the keyboard focus.
 */
import { COMPARE_MAX, COMPARE_MIN, compareQuery } from '../lib/compare.ts';
import { chosen, clearChosen, onChosenChange, setChosen } from './compare-store.ts';

class CompareTray extends HTMLElement {
  private live: HTMLElement | null = null;

  connectedCallback(): void {
    this.live = this.querySelector('.tray__live');
    this.querySelector('.tray__clear')?.addEventListener('click', () => {
      clearChosen();
      this.say('The comparison is cleared.');
    });
    window.addEventListener('compare-notice', (e) => this.say(String((e as CustomEvent).detail ?? '')));
    let before = chosen().length;
    onChosenChange(() => {
      const now = chosen().length;
      if (now !== before) this.say(`${now} of ${COMPARE_MAX} programs set aside to compare.`);
      before = now;
      this.render();
    });
    this.render();
  }

  private say(text: string): void {
    if (this.live) this.live.textContent = text;
  }

  private render(): void {
    const list = chosen();
    const tray = this.querySelector<HTMLElement>('.tray');
    const ul = this.querySelector('.tray__list');
    const go = this.querySelector<HTMLAnchorElement>('.tray__go');
    if (!tray || !ul || !go) return;
    tray.hidden = list.length === 0;
    const count = this.querySelector('.tray__count');
    if (count) count.textContent = `(${list.length} of ${COMPARE_MAX})`;
    ul.replaceChildren(
      ...list.map((c) => {
        const li = document.createElement('li');
        const name = document.createElement('span');
        name.textContent = c.title;
        name.title = c.title;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.setAttribute('aria-label', `Remove ${c.title} from the comparison`);
        remove.textContent = '×';
        remove.addEventListener('click', () => {
          setChosen(c, false);
          this.say(`${c.title} removed.`);
          (this.querySelector<HTMLElement>('.tray__list button') ?? go).focus();
        });
        li.append(name, remove);
        return li;
      }),
    );
    const base = this.dataset.compare ?? '/compare/';
    go.href = `${base}${compareQuery(list.map((c) => c.id))}`;
    go.textContent = list.length >= COMPARE_MIN ? `Compare ${list.length} programs` : 'Choose one more to compare';
    document.documentElement.style.scrollPaddingBottom = list.length ? `${tray.offsetHeight + 16}px` : '';
  }
}
customElements.define('compare-tray', CompareTray);
