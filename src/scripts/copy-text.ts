/**
 * <copy-text data-for="id">: reveals its button and copies the text of the element with that id.
 * Without JavaScript (or a clipboard) the button stays hidden and the text can be selected by hand.
 */
class CopyText extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(this.dataset.for ?? '');
      const status = this.closest('section')?.querySelector('.copy-text__status');
      try {
        await navigator.clipboard.writeText(source?.textContent?.trim() ?? '');
        if (status) status.textContent = 'Copied to the clipboard.';
        button.dataset.copied = '';
      } catch {
        if (status) status.textContent = 'Could not copy; select the text and copy it instead.';
      }
    });
  }
}
customElements.define('copy-text', CopyText);
