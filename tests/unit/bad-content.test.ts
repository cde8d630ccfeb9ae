/**
 * Every bad-content fixture must fail the content check that runs before each build, with a
 * message that names the file, the field (or line:column) and the fix.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Case {
  name: string;
  file: string;
  field: string;
  message: string;
}

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const cases: Case[] = JSON.parse(readFileSync(join(fixtures, 'invalid', 'cases.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'state-levers-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Checks a content tree made of the real levers plus a fixture's programs/ and states/. */
function check(fixtureDir: string, name: string) {
  const content = join(scratch, name, 'content');
  cpSync(join(root, 'content', 'levers'), join(content, 'levers'), { recursive: true });
  cpSync(fixtureDir, content, { recursive: true });
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'check-content.ts'), content], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('content checker', () => {
  it('passes the valid fixture', () => {
    const { status, output } = check(join(fixtures, 'valid'), 'valid');
    expect(output).toContain('content ok: 1 programs, 1 state overviews');
    expect(status).toBe(0);
  });

  it('has a fixture for at least 25 kinds of bad input', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)('rejects $name', ({ name, file, field, message }) => {
    const { status, output } = check(join(fixtures, 'invalid', name), name);
    expect(status, output).toBe(1);
    const line = output.split('\n').find((l) => l.startsWith(`✖ ${file}  ${field}`) && l.includes(message));
    expect(line, `expected a line for ${file} ${field} containing ${JSON.stringify(message)}; got:\n${output}`).toBeDefined();
  });
});
