/** The accessibility check itself must be able to fail: run it on markup with known faults. */
import { axe, expect, test } from './site.ts';

test('axe reports known WCAG failures, including target size', async ({ page }) => {
  await page.setContent(`<!doctype html><html><head><title>t</title></head><body><main>
    <h1>Broken</h1>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <p style="color:#999;background:#fff">Faint text</p>
    <p><a href="#a" style="display:inline-block;width:10px;height:10px;overflow:hidden">a</a><a href="#b" style="display:inline-block;width:10px;height:10px;overflow:hidden">b</a></p>
  </main></body></html>`);
  const ids = (await axe(page)).violations.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'html-has-lang', 'target-size']));
});
