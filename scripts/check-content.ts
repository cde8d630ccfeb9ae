/**
 * npm run check:content — validates every entry and lever file and prints all problems at once,
 * each naming the file, the field and the fix. Runs before every build; exits 1 on any problem.
 * Usage: node scripts/check-content.ts [content-dir]
 */
import { readdirSync, readFileSync, lstatSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { checkLeverFile, checkOverviewFile, checkProgramFile } from '../src/lib/entry-file.ts';
import { checkIntegrity, checkOverviews, type CheckedEntry, type CheckedOverview } from '../src/lib/integrity.ts';
import { formatProblems, type Problem } from '../src/lib/problems.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
// Paths in messages start at content/, wherever the tree being checked lives.
const root = dirname(contentDir);
const rel = (p: string) => relative(root, p).split(sep).join('/');

function walk(dir: string, problems: Problem[]): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const full = join(dir, name);
    const st = lstatSync(full);
    if (st.isSymbolicLink()) problems.push({ file: rel(full), field: '(file)', message: 'symbolic links are not allowed in content; copy the file in instead' });
    else if (st.isDirectory()) out.push(...walk(full, problems));
    else out.push(full);
  }
  return out;
}

const problems: Problem[] = [];
const leverFiles = walk(join(contentDir, 'levers'), problems);
const leverIds: string[] = [];
for (const f of leverFiles) {
  const r = checkLeverFile(rel(f), readFileSync(f));
  problems.push(...r.problems);
  leverIds.push((f.split(sep).pop() ?? '').replace(/\.md$/, ''));
}

const programsDir = join(contentDir, 'programs');
const entries: CheckedEntry[] = [];
let words = 0;
for (const f of walk(programsDir, problems)) {
  if (f.endsWith('.md') || /(^|[\\/])\./.test(relative(programsDir, f))) {
    if (!f.endsWith('.md')) problems.push({ file: rel(f), field: '(file name)', message: 'hidden and backup files do not belong in content/programs; delete it' });
    else problems.push({ file: rel(f), field: '(file name)', message: 'program entries are .mdx files; rename it' });
    continue;
  }
  if (!f.endsWith('.mdx')) {
    problems.push({ file: rel(f), field: '(file name)', message: 'only .mdx entries belong in content/programs; move or delete this file' });
    continue;
  }
  const r = checkProgramFile(rel(f), readFileSync(f), leverIds);
  problems.push(...r.problems);
  words += r.words;
  if (r.data) entries.push({ file: rel(f), id: relative(programsDir, f).split(sep).join('/').replace(/\.mdx$/, ''), data: r.data, cites: r.cites });
}
problems.push(...checkIntegrity(entries));

const overviews: CheckedOverview[] = [];
for (const f of walk(join(contentDir, 'states'), problems)) {
  const r = checkOverviewFile(rel(f), readFileSync(f));
  problems.push(...r.problems);
  if (r.data) overviews.push({ file: rel(f), id: (f.split(sep).pop() ?? '').replace(/\.mdx$/, ''), data: r.data, cites: r.cites });
}
problems.push(...checkOverviews(overviews));

if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`content ok: ${entries.length} programs, ${overviews.length} state overviews, ${leverIds.length} levers, ${words} words of program text`);
