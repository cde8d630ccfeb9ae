/** <add-to-compare data-id data-title>: reveals its checkbox and keeps it in step with the tray. */
import { chosen, onChosenChange, setChosen } from './compare-store.ts';
import { COMPARE_MAX } from '../lib/compare.ts';

class AddToCompare extends HTMLElement {
  connectedCallback(): void {
    const box = this.querySelector('input');
    const id = this.dataset.id ?? '';
    if (!box || !id) return;
    const sync = () => {
      box.checked = chosen().some((c) => c.id === id);
    };
    box.addEventListener('change', () => {
      const { full } = setChosen({ id, title: this.dataset.title ?? id }, box.checked);
      if (full) {
        box.checked = false;
        window.dispatchEvent(new CustomEvent('compare-notice', { detail: `You can compare up to ${COMPARE_MAX} programs at once. Remove one from the comparison first.` }));
      }
    });
    onChosenChange(sync);
    sync();
    this.hidden = false;
  }
}
customElements.define('add-to-compare', AddToCompare);
