import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHistory, parseGitLog } from '../../src/lib/history.ts';

describe('parseGitLog', () => {
  it('reads hash, date and subject, and ignores malformed records', () => {
    const text = 'abc1234\x1f2026-11-20\x1fReview: Colorado grant; fix a date\x1e\nzzz\x1fnot-a-date\x1fjunk\x1e\n0f0f0f0\x1f2026-01-02\x1fFirst draft\x1e\n';
    expect(parseGitLog(text)).toEqual([
      { hash: 'abc1234', date: '2026-11-20', subject: 'Review: Colorado grant; fix a date' },
      { hash: '0f0f0f0', date: '2026-01-02', subject: 'First draft' },
    ]);
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('fileHistory', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'history-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(args.includes('--date') ? { GIT_COMMITTER_DATE: args[args.indexOf('--date') + 1]! } : {}) },
      stdio: 'ignore',
    });
  const repo = path.join(root, 'repo');
  execFileSync('git', ['init', '-q', repo]);
  const file = path.join(repo, 'entry.mdx');
  writeFileSync(file, 'one\n');
  run(repo, 'add', '.');
  run(repo, 'commit', '-q', '-m', 'Add the entry', '--date', '2026-01-02T12:00:00Z');
  writeFileSync(path.join(repo, 'other.md'), 'x\n');
  run(repo, 'add', '.');
  run(repo, 'commit', '-q', '-m', 'Unrelated change');
  writeFileSync(file, 'two\n');
  run(repo, 'add', '.');
  run(repo, 'commit', '-q', '-m', 'Review the entry against its sources');

  it('lists the commits that touched the file, newest first, and calls the history complete', () => {
    const h = fileHistory(file);
    expect(h.complete).toBe(true);
    expect(h.revisions.map((r) => r.subject)).toEqual(['Review the entry against its sources', 'Add the entry']);
    expect(h.revisions[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The page shows the commit date (when the change landed), set here for the first commit.
    expect(h.revisions[1]!.date).toBe('2026-01-02');
  });

  it('says the history is incomplete in a shallow clone', () => {
    const shallow = path.join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const h = fileHistory(path.join(shallow, 'entry.mdx'));
    expect(h.complete).toBe(false);
    expect(h.revisions.map((r) => r.subject)).toEqual(['Review the entry against its sources']);
  });

  it('says the history is unknown outside a git work tree', () => {
    const loose = path.join(root, 'loose.mdx');
    writeFileSync(loose, 'x\n');
    expect(fileHistory(loose)).toEqual({ revisions: [], complete: false });
  });
});
