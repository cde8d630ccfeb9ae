/**
 * Comparing states: each lever's table against the entry files themselves, its sorting and
 * filters (kept in the URL), the state × lever matrix, side-by-side compare (two and four
 * programs, an unknown id, without JavaScript, the tray) and the open data read with a real CSV parser.
 */
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from '../../src/lib/dates.ts';
import { splitFrontmatter } from '../../src/lib/entry-file.ts';
import { KIND_LABELS, STATUS_LABELS } from '../../src/lib/format.ts';
import { PROGRAM_CSV_COLUMNS, type ProgramRecord } from '../../src/lib/open-data.ts';
import type { ProgramData } from '../../src/lib/schema.ts';
import { axe, describeViolations, dist, expect, rel, test } from './site.ts';

/** The entries as their files say, read without the site's own code paths. */
const contentDir = join(import.meta.dirname, '..', '..', 'content', 'programs');
const entries = readdirSync(contentDir).flatMap((state) =>
  readdirSync(join(contentDir, state))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: `${state}/${f.slice(0, -4)}`, data: splitFrontmatter(f, readFileSync(join(contentDir, state, f), 'utf8')).split!.frontmatter as ProgramData })),
);
const leverIds = readdirSync(join(contentDir, '..', 'levers')).map((f) => f.replace(/\.md$/, ''));
const json = JSON.parse(readFileSync(join(dist, 'data', 'programs.json'), 'utf8')) as ProgramRecord[];

test.describe('lever comparison pages', () => {
  for (const lever of leverIds) {
    test(`/levers/${lever}/ lists exactly the programs tagged with it, with the entries' values`, async ({ page }) => {
      const tagged = entries.filter((e) => e.data.levers.some((l) => l.lever === lever));
      await page.goto(rel(`/levers/${lever}/`));
      const rows = await page.locator('.lever-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ id: (tr as HTMLElement).dataset.id!, cells: [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim()) })),
      );
      expect(rows.map((r) => r.id).sort()).toEqual(tagged.map((e) => e.id).sort());
      for (const { id, cells } of rows) {
        const d = tagged.find((e) => e.id === id)!.data;
        const [, program, how, kind, authority, established, status, eligibility, funding, reviewed] = cells;
        expect(program).toContain(d.title);
        expect(how).toBe(d.levers.find((l) => l.lever === lever)!.how.trim());
        expect(kind).toBe(KIND_LABELS[d.kind]);
        for (const part of [...(d.authority.bills ?? []), d.authority.citation ?? '']) expect(authority).toContain(part);
        expect(established).toBe(d.established ? String(d.established.year) : 'Not given');
        expect(status).toBe(`${STATUS_LABELS[d.status.value]} as of ${formatDate(d.status.asOf)}`);
        expect(eligibility).toBe(d.eligibility?.text.trim() ?? 'Not given');
        expect(funding).toBe(d.funding?.text.trim() ?? 'Not given');
        expect(reviewed).toBe(formatDate(d.lastReviewed));
      }
      // The table's CSV holds the same programs.
      const csv = parse(await (await page.request.get(rel(`/levers/${lever}/programs.csv`))).text(), { columns: true }) as Record<string, string>[];
      expect(csv.map((r) => r.id)).toEqual(rows.map((r) => r.id));
      expect(csv.map((r) => r.how)).toEqual(rows.map((r) => r.cells[2]));
    });
  }

  test('sorting and filtering work, live in the URL and survive a reload', async ({ page }) => {
    await page.goto(rel('/levers/seat-time/'));
    const table = page.locator('.lever-table');
    const established = table.locator('th[data-col="established"]');
    const years = () => table.locator('tbody tr:not([hidden]) td:nth-child(6)').allTextContents();
    await established.getByRole('button', { name: 'Established' }).click();
    await established.getByRole('button', { name: 'Established' }).click();
    await expect(established).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/\?sort=established&order=desc$/);
    const check = async () => {
      const ys = await years();
      const given = ys.filter((y) => y !== 'Not given').map(Number);
      expect(given).toEqual([...given].sort((a, b) => b - a));
      expect(ys.slice(given.length).every((y) => y === 'Not given')).toBe(true);
      return ys;
    };
    const all = await check();
    await page.getByLabel('Status').selectOption('active');
    await expect(page).toHaveURL(/\?sort=established&order=desc&status=active$/);
    const statuses = await table.locator('tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.status));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.length).toBeLessThan(all.length);
    expect(new Set(statuses)).toEqual(new Set(['active']));
    await expect(table.locator('.lever-table__count')).toHaveText(`Showing ${statuses.length} of ${all.length} programs, sorted by established (descending).`);

    await page.reload();
    await expect(established).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByLabel('Status')).toHaveValue('active');
    await expect(table.locator('tbody tr:not([hidden])')).toHaveCount(statuses.length);
    await check();

    await page.getByRole('button', { name: 'Show all, in the first order' }).click();
    await expect(page).toHaveURL(/\/levers\/seat-time\/$/);
    await expect(table.locator('tbody tr:not([hidden])')).toHaveCount(all.length);
    const states = await table.locator('tbody td:first-child').allTextContents();
    expect(states).toEqual([...states].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('without JavaScript the table is complete, in state order, with no dead controls', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(rel('/levers/seat-time/?sort=established&status=active'));
    const rows = page.locator('.lever-table tbody tr');
    await expect(rows).toHaveCount(entries.filter((e) => e.data.levers.some((l) => l.lever === 'seat-time')).length);
    await expect(page.getByLabel('Status')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Download this table (CSV)' })).toBeVisible();
    await context.close();
  });
});

test.describe('the state × lever matrix', () => {
  test('every filled cell links to the programs using that lever', async ({ page }) => {
    await page.goto(rel('/levers/'));
    const region = page.getByRole('region', { name: /Which levers each state uses/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    const cells = await region.locator('tbody td').evaluateAll((tds) =>
      tds.map((td) => ({ lever: (td as HTMLElement).dataset.lever!, links: [...td.querySelectorAll('a')].map((a) => a.getAttribute('href')!) })),
    );
    const links = cells.flatMap((c) => c.links.map((href) => `${c.lever} ${href.replace(/^.*\/states\//, '').replace(/\/$/, '')}`)).sort();
    const expected = entries.flatMap((e) => e.data.levers.map((l) => `${l.lever} ${e.id}`)).sort();
    expect(links).toEqual(expected);
  });

  test('reads on a phone: the table scrolls in its own region and the state column sticks', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(rel('/levers/'));
    const region = page.getByRole('region', { name: /Which levers each state uses/ });
    const overflow = await region.evaluate((el) => ({ inner: el.scrollWidth > el.clientWidth, page: document.documentElement.scrollWidth > window.innerWidth }));
    expect(overflow).toEqual({ inner: true, page: false });
    const firstCell = region.locator('tbody th').first();
    const before = await firstCell.boundingBox();
    await region.evaluate((el) => el.scrollBy(400, 0));
    const after = await firstCell.boundingBox();
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(2);
  });
});

test.describe('side-by-side compare', () => {
  const [a, b] = [json[0]!, json.find((p) => p.kind !== json[0]!.kind)!];
  const four = json.slice(0, 4);

  test('two programs: fields as rows, programs as columns, differences marked', async ({ page }) => {
    await page.goto(rel(`/compare/?programs=${a.id},${b.id}`));
    const table = page.locator('.compare__table');
    await expect(table.locator('thead th')).toHaveCount(3);
    await expect(table.locator('thead th').nth(1).getByRole('link', { name: a.title, exact: true })).toBeVisible();
    await expect(table.locator('thead th').nth(2).getByRole('link', { name: b.title, exact: true })).toBeVisible();
    const kind = table.locator('tbody tr', { has: page.locator('th', { hasText: /^Kind/ }) });
    await expect(kind).toHaveClass(/differs/);
    await expect(kind.locator('td')).toHaveText([KIND_LABELS[a.kind], KIND_LABELS[b.kind]]);
    const reviewed = table.locator('tbody tr', { has: page.locator('th', { hasText: /^Last reviewed/ }) });
    await expect(reviewed.locator('td')).toHaveText([formatDate(a.lastReviewed), formatDate(b.lastReviewed)]);
    await page.getByLabel('Show only the rows that differ').check();
    await expect(page).toHaveURL(new RegExp(`\\?programs=${a.id},${b.id}&only=differences$`));
    await page.reload();
    await expect(page.getByLabel('Show only the rows that differ')).toBeChecked();
    await expect(table.locator('tbody tr:not(.differs)').first()).toBeHidden();
  });

  test('four programs chosen with the plain form make a shareable link', async ({ page }) => {
    await page.goto(rel('/compare/'));
    for (const p of four) await page.locator(`.compare__form input[value="${p.id}"]`).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(new RegExp(`/compare/\\?programs=${four.map((p) => p.id).join(',')}$`));
    await expect(page.locator('.compare__table thead th')).toHaveCount(5);
    await expect(page.locator('.compare__table thead th a[data-url]')).toHaveText(four.map((p) => p.title));
    await expect(page.locator('.compare__problems')).toBeHidden();
  });

  test('an unknown id is named, with the reason, and the rest still compare', async ({ page }) => {
    await page.goto(rel(`/compare/?programs=${a.id},colorado/no-such-program,${b.id}`));
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('“colorado/no-such-program” is not a program we document: colorado has no program “no-such-program”.');
    await expect(page.locator('.compare__table thead th')).toHaveCount(3);

    await page.goto(rel('/compare/?programs=atlantis/x'));
    await expect(page.getByRole('alert')).toContainText('there is no state “atlantis”');
    await expect(page.getByRole('alert')).toContainText('choose at least 2 programs');
    await expect(page.locator('.compare__result')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Choose programs' })).toBeVisible();
  });

  test('without JavaScript ticking programs shows them side by side, and the form still sends the choice', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(rel('/compare/'));
    await expect(page.getByText('Scripts are not running in your browser, so this page works a simpler way')).toBeVisible();
    const table = page.getByRole('table', { name: 'The programs you ticked, field by field' });
    await expect(table).toBeHidden();
    await expect(page.getByText('No program is ticked yet.')).toBeVisible();

    await page.getByRole('checkbox', { name: a.title, exact: true }).check();
    await page.getByRole('checkbox', { name: b.title, exact: true }).check();
    await expect(page.getByText('No program is ticked yet.')).toBeHidden();
    await expect(table).toBeVisible();
    // Only the ticked programs' columns show, in the list's order (a is the first program), with the entries' values.
    const [first, second] = [a, b];
    const visibleHeads = table.locator('thead th:visible');
    await expect(visibleHeads).toHaveCount(3);
    await expect(visibleHeads.nth(1).getByRole('link')).toHaveText(first.title);
    await expect(visibleHeads.nth(2).getByRole('link')).toHaveText(second.title);
    const row = (label: string) => table.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) }).locator('td:visible');
    await expect(row('Kind')).toHaveText([KIND_LABELS[first.kind], KIND_LABELS[second.kind]]);
    await expect(row('State')).toHaveText([first.stateName, second.stateName]);
    await expect(row('Last reviewed')).toHaveText([formatDate(first.lastReviewed), formatDate(second.lastReviewed)]);
    await expect(visibleHeads.nth(1).getByRole('link')).toHaveAttribute('href', new RegExp(`/states/${first.id}/$`));

    // Unticking takes a column away again.
    await page.getByRole('checkbox', { name: a.title, exact: true }).uncheck();
    await expect(visibleHeads).toHaveCount(2);

    await page.getByRole('checkbox', { name: a.title, exact: true }).check();
    await page.getByRole('button', { name: 'Make a link to share' }).click();
    const sent = new URL(page.url());
    expect(sent.pathname).toMatch(/\/compare\/$/);
    expect(sent.searchParams.getAll('programs')).toEqual([first.id, second.id]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare programs');
    await context.close();
    // The same address, opened where scripts run, shows the comparison, and none of the script-free parts.
    const withJs = await browser.newPage({ baseURL: baseURL! });
    await withJs.goto(sent.toString());
    await expect(withJs.locator('.compare__table thead th')).toHaveCount(3);
    await expect(withJs.locator('.compare__static, .compare__nojs')).toHaveCount(0);
    await expect(withJs.getByRole('button', { name: 'Compare', exact: true })).toBeVisible();
    await withJs.close();
  });

  test('axe finds nothing in the script-free comparison with two programs ticked', async ({ browser, baseURL }) => {
    // axe needs scripts in the page and Chromium cannot pretend `scripting: none`, so: block the
    // site's scripts, then lift the one rule that hides the script-free parts when scripting is on.
    const context = await browser.newContext({ baseURL: baseURL!, bypassCSP: true });
    await context.route('**/_astro/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    const page = await context.newPage();
    await page.goto(rel('/compare/'));
    await page.addStyleTag({ content: '.compare__nojs, .compare__static { display: block !important; } .compare__label-js { display: none !important; } .compare__label-nojs { display: inline !important; }' });
    await expect(page.getByRole('button', { name: 'Make a link to share' })).toBeVisible();
    await page.getByRole('checkbox', { name: a.title, exact: true }).check();
    await page.getByRole('checkbox', { name: b.title, exact: true }).check();
    await expect(page.getByRole('table', { name: 'The programs you ticked, field by field' }).locator('thead th:visible')).toHaveCount(3);
    const { violations } = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  test('"Add to compare" fills the tray across pages, without cookies', async ({ page }) => {
    await page.goto(rel(`/states/${a.id}/`));
    await page.getByRole('checkbox', { name: `Add to compare: ${a.shortTitle ?? a.title}` }).check();
    const tray = page.getByRole('complementary', { name: 'Programs to compare' });
    await expect(tray).toContainText(a.shortTitle ?? a.title);
    await expect(tray.getByRole('link')).toHaveText('Choose one more to compare');
    await page.goto(rel(`/states/${b.stateSlug}/`));
    await page.getByRole('checkbox', { name: `Add to compare: ${b.shortTitle ?? b.title}` }).check();
    await expect(tray.getByRole('listitem')).toHaveCount(2);
    await tray.getByRole('link', { name: 'Compare 2 programs' }).click();
    await expect(page).toHaveURL(new RegExp(`/compare/\\?programs=${a.id},${b.id}$`));
    await expect(page.locator('.compare__table thead th')).toHaveCount(3);
    await tray.getByRole('button', { name: `Remove ${a.shortTitle ?? a.title} from the comparison` }).click();
    await expect(tray.getByRole('listitem')).toHaveCount(1);
    await tray.getByRole('button', { name: 'Clear' }).click();
    await expect(tray).toBeHidden();
  });

  test('prints on landscape paper with the programs\' addresses', async ({ page }) => {
    await page.goto(rel(`/compare/?programs=${a.id},${b.id}`));
    await expect(page.locator('.compare__table thead th')).toHaveCount(3);
    await page.emulateMedia({ media: 'print' });
    const after = await page.locator('.compare__table thead th a[data-url]').first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain(a.url);
    await expect(page.locator('.compare__form')).toBeHidden();
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
  });
});

test.describe('open data', () => {
  test('programs.json holds every entry with every frontmatter field', () => {
    expect(json.map((r) => r.id).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const { id, data } of entries) {
      const { id: _id, url, stateSlug, stateName: _n, ...rest } = json.find((r) => r.id === id)!;
      expect(rest, id).toEqual(data);
      expect(url.endsWith(`/states/${id}/`)).toBe(true);
      expect(stateSlug).toBe(id.split('/')[0]);
    }
  });

  test('programs.csv parses with a real CSV parser into the same rows as the JSON', async ({ request }) => {
    const response = await request.get(rel('/data/programs.csv'));
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { columns: true, strict: true } as never) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(PROGRAM_CSV_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => {
      const record = json[i]!;
      expect(row.id).toBe(record.id);
      for (const c of PROGRAM_CSV_COLUMNS) expect(row[c.name], `${record.id} ${c.name}`).toBe(String(c.value(record) ?? ''));
    });
    // Independent of the column definitions: a few values straight from the JSON.
    expect(rows.map((r) => [r.title, r.status, r.last_reviewed, r.eligibility])).toEqual(json.map((r) => [r.title, r.status.value, r.lastReviewed, r.eligibility?.text ?? '']));
  });

  test('the data page documents every column and states the licence', async ({ page }) => {
    await page.goto(rel('/data/'));
    for (const c of PROGRAM_CSV_COLUMNS) await expect(page.locator('#csv-columns dt code', { hasText: new RegExp(`^${c.name}$`) })).toHaveCount(1);
    await expect(page.getByRole('link', { name: /CC BY 4\.0/ })).toBeVisible();
  });
});
