/**
 * Revision history of an entry, read from git at build time. A reader citing an entry needs to
 * know which version they cite: the last review (a person checked the sources) is in the
 * frontmatter, the last change and the change list come from the commits that touched the file.
 * Builds from a shallow clone or an export without .git still work: they say the history is
 * incomplete instead of inventing one.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface Revision {
  /** Abbreviated commit hash. */
  hash: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  subject: string;
}

export interface History {
  revisions: Revision[];
  /** False when the history may be missing older commits (shallow clone) or git is unavailable. */
  complete: boolean;
}

// Unit separator and record separator cannot occur in a commit subject line.
const FORMAT = '%h%x1f%cs%x1f%s%x1e';

export function parseGitLog(text: string): Revision[] {
  return text
    .split('\x1e')
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [hash = '', date = '', subject = ''] = record.split('\x1f');
      return { hash, date, subject };
    })
    .filter((r) => /^[0-9a-f]{4,40}$/.test(r.hash) && /^\d{4}-\d{2}-\d{2}$/.test(r.date));
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

const shallowCache = new Map<string, boolean | undefined>();

/** Whether `cwd` is in a shallow clone; undefined when it is not in a git work tree at all. */
function isShallow(cwd: string): boolean | undefined {
  if (!shallowCache.has(cwd)) {
    const out = git(['rev-parse', '--is-shallow-repository'], cwd)?.trim();
    shallowCache.set(cwd, out === undefined ? undefined : out === 'true');
  }
  return shallowCache.get(cwd);
}

const historyCache = new Map<string, History>();

/** Commits that touched `file`, newest first, following renames. Read once per build. */
export function fileHistory(file: string): History {
  const abs = path.resolve(file);
  const known = historyCache.get(abs);
  if (known) return known;
  const history = readHistory(abs);
  historyCache.set(abs, history);
  return history;
}

function readHistory(abs: string): History {
  const cwd = path.dirname(abs);
  const shallow = isShallow(cwd);
  if (shallow === undefined) return { revisions: [], complete: false };
  const out = git(['log', '--follow', `--format=${FORMAT}`, '--', abs], cwd);
  if (out === undefined) return { revisions: [], complete: false };
  return { revisions: parseGitLog(out), complete: !shallow };
}
