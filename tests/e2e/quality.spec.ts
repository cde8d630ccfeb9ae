/**
 * Accessibility beyond page load: dark mode, forced colours, reflow at 320 px, a keyboard walk
 * with visible focus, and the security policy actually blocking injected script.
 */
import { test as plainTest } from '@playwright/test';
import { axe, describeViolations, expect, rel, test } from './site.ts';

const SAMPLE = ['/', '/states/', '/states/colorado/', '/states/colorado/local-accountability-system-grant/', '/levers/', '/levers/seat-time/', '/methodology/', '/embed/map/'];

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of SAMPLE) {
    test(`axe finds nothing in dark mode on ${path}`, async ({ page }) => {
      await page.goto(rel(path));
      const { violations } = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }
});

test('forced colours keep focus and borders visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(rel('/'));
  await page.getByLabel('Colour the map by').focus();
  await page.keyboard.press('Tab');
  const stroke = await page.locator('a.map__state:focus > path').evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).not.toBe('none');
  const { violations } = await axe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});

test.describe('reflow at 320 CSS pixels', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of SAMPLE) {
    test(`no page-level horizontal scroll on ${path}`, async ({ page }) => {
      await page.goto(rel(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('keyboard walk: every stop is visibly focused and focus is never trapped', async ({ page }) => {
  await page.goto(rel('/states/colorado/local-accountability-system-grant/'));
  const seen: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { key: `${el.tagName} ${el.getAttribute('href') ?? el.id ?? ''} ${el.textContent?.trim().slice(0, 30) ?? ''}`, visible, footer: !!el.closest('footer') };
    });
    if (!info) break;
    expect(info.visible, `focus not visible on ${info.key}`).toBe(true);
    seen.push(info.key);
    if (info.footer && seen.filter((k) => k === info.key).length > 1) break;
  }
  expect(seen.length).toBeGreaterThan(20);
  expect(seen.some((k) => k.includes('/accessibility/'))).toBe(true);
});

plainTest('the content security policy blocks injected inline script', async ({ page, baseURL }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (d: string) => violations.push(d));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (d: string) => void }).reportViolation(e.violatedDirective));
  });
  await page.goto(`${baseURL}`);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations[0]).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test.describe('axe in the open states of the comparison tools', () => {
  const A = 'colorado/local-accountability-system-grant';
  const B = 'kentucky/local-laboratories-of-learning';
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: sorted and filtered lever table, compare with an unknown id, tray open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const check = async (where: string) => {
        const { violations } = await axe(page);
        expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
      };
      await page.goto(rel('/levers/seat-time/?sort=established&order=desc&status=active'));
      await expect(page.locator('.lever-table th[data-col="established"]')).toHaveAttribute('aria-sort', 'descending');
      await check('lever table sorted and filtered');
      await page.goto(rel(`/compare/?programs=${A},${B},nowhere/nothing&only=differences`));
      await expect(page.locator('.compare__table thead th')).toHaveCount(3);
      await expect(page.getByText('nowhere/nothing')).toBeVisible();
      await check('compare with two programs and an unknown id');
      await page.goto(rel(`/states/${A}/`));
      await page.getByRole('checkbox', { name: /^Add to compare/ }).check();
      await page.goto(rel(`/states/${B}/`));
      await page.getByRole('checkbox', { name: /^Add to compare/ }).check();
      await expect(page.getByRole('complementary', { name: 'Programs to compare' }).getByRole('listitem')).toHaveCount(2);
      await check('compare tray open with two programs');
    });
  }
});

test.describe('axe in the open states of search', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: suggestions open, results highlighted, no results`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const check = async (where: string) => {
        const { violations } = await axe(page);
        expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
      };
      await page.goto(rel('/levers/'));
      const box = page.getByRole('combobox', { name: 'Search programs' });
      await box.fill('mastery');
      const listbox = page.getByRole('listbox', { name: 'Suggested programs' });
      await expect(listbox).toBeVisible();
      await box.press('ArrowDown');
      await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
      await check('header suggestions open with one chosen');
      await page.goto(`${rel('/search/')}?q=${encodeURIComponent('seat time waivers')}`);
      await expect(page.locator('.search-results__list mark').first()).toBeVisible();
      await check('search results with highlights');
      await page.goto(`${rel('/search/')}?q=${encodeURIComponent('zzqxv wvxqz')}`);
      await expect(page.locator('#search-status')).not.toBeEmpty();
      await check('search with no results');
    });
  }
});
