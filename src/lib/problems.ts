/**
 * Content problems: what is wrong, where, and how to fix it. The content checker, the build and
 * the tests all report through this one shape so an author sees the same message everywhere.
 */
import type { z } from 'astro/zod';
import { KNOWN_FIELDS, showValue } from './schema.ts';

export interface Problem {
  /** Repo-relative path, e.g. content/programs/colorado/x.mdx */
  file: string;
  /** Field path such as sources[2].url, or a line:column position in the body. */
  field: string;
  message: string;
}

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(frontmatter)';
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The known field a misspelled key most likely meant, if any is close. */
export function suggestField(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of KNOWN_FIELDS) {
    const d = distance(key.toLowerCase(), known.toLowerCase());
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Turns zod issues into problems with a message that names the fix. */
export function problemsFromZod(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => {
        const hint = suggestField(k);
        return hint ? `"${k}" (did you mean "${hint}"?)` : `"${k}"`;
      });
      return { file, field, message: `unknown field ${keys.join(', ')}; remove it or correct the spelling` };
    }
    // zod's own wording for a missing group ("expected object, received undefined") reads badly.
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
      const name = String(issue.path[issue.path.length - 1] ?? 'field');
      return { file, field, message: `${name} is required (see content/README.md for its form)` };
    }
    return { file, field, message: issue.message };
  });
}

export function formatProblem(p: Problem): string {
  return `✖ ${p.file}  ${p.field}: ${p.message}`;
}

/** A report of every problem at once (capped, so a broken tree does not flood the log). */
export function formatProblems(problems: readonly Problem[], limit = 100): string {
  const shown = problems.slice(0, limit).map(formatProblem);
  if (problems.length > limit) shown.push(`… and ${problems.length - limit} more`);
  const files = new Set(problems.map((p) => p.file)).size;
  return `${shown.join('\n')}\n\n${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
}

export { showValue };
