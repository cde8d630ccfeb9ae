/**
 * Search documents from a content tree on disk, read the way the build reads it (same schema,
 * same body parser), without Astro: for the search benchmark's synthetic corpora and the unit
 * tests that check relevance on the real entries.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bodySections } from '../src/lib/body-text.ts';
import { deriveCatalog } from '../src/lib/derive.ts';
import { checkLeverFile, checkProgramFile, splitFrontmatter } from '../src/lib/entry-file.ts';
import { formatProblems, type Problem } from '../src/lib/problems.ts';
import { programDocument, type SearchDocument } from '../src/lib/search.ts';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const f = join(dir, n);
      return statSync(f).isDirectory() ? walk(f) : [f];
    });
}

export function loadSearchDocuments(contentDir: string): SearchDocument[] {
  const problems: Problem[] = [];
  const levers = walk(join(contentDir, 'levers')).map((f) => {
    const r = checkLeverFile(f, readFileSync(f));
    problems.push(...r.problems);
    return { id: (f.split(sep).pop() ?? '').replace(/\.md$/, ''), data: r.data! };
  });
  const leverIds = levers.map((l) => l.id);
  const programsDir = join(contentDir, 'programs');
  const bodies = new Map<string, string>();
  const inputs = walk(programsDir).map((f) => {
    const bytes = readFileSync(f);
    const r = checkProgramFile(f, bytes, leverIds);
    problems.push(...r.problems);
    const id = relative(programsDir, f).split(sep).join('/').replace(/\.mdx$/, '');
    bodies.set(id, splitFrontmatter(f, bytes.toString('utf8')).split?.body ?? '');
    return { id, file: f, data: r.data! };
  });
  if (problems.length) throw new Error(formatProblems(problems));
  const catalog = deriveCatalog(inputs, levers);
  const leverTitle = (id: string) => catalog.leverById.get(id)?.title ?? id;
  return catalog.programs.map((p) => programDocument(p, leverTitle, bodySections(bodies.get(p.id) ?? '')));
}
