/**
 * The only module that reads the content collections. It re-checks the rules that span entries
 * (the content checker ran them already, but `astro build` can be run on its own), then derives
 * the plain catalog every page uses. Computed once per build.
 */
import { getCollection } from 'astro:content';
import { deriveCatalog, type Catalog } from './derive.ts';
import { checkIntegrity, checkOverviews } from './integrity.ts';
import { checkBody } from './mdx-guard.ts';
import { formatProblems } from './problems.ts';
import { bodySections } from './body-text.ts';
import { programDocument, type SearchDocument } from './search.ts';

let cached: Promise<Catalog> | undefined;

/** An entry with the citations its MDX body makes and the problems found in it. */
function withBodyChecked<T>(e: { id: string; filePath?: string | undefined; body?: string | undefined; data: T }, dir: string) {
  const file = e.filePath ?? `content/${dir}/${e.id}.mdx`;
  const body = checkBody(file, e.body ?? '');
  return { id: e.id, file, data: e.data, cites: body.cites, bodyProblems: body.problems };
}

async function load(): Promise<Catalog> {
  const [programEntries, leverEntries, stateEntries] = await Promise.all([getCollection('programs'), getCollection('levers'), getCollection('states')]);
  const inputs = programEntries.map((e) => withBodyChecked(e, 'programs'));
  const overviews = stateEntries.map((e) => withBodyChecked(e, 'states'));
  const problems = [
    ...inputs.flatMap((i) => i.bodyProblems),
    ...checkIntegrity(inputs),
    ...overviews.flatMap((o) => o.bodyProblems),
    ...checkOverviews(overviews),
  ];
  if (problems.length) throw new Error(`Content problems:\n${formatProblems(problems)}`);
  return deriveCatalog(
    inputs,
    leverEntries.map((e) => ({ id: e.id, data: e.data })),
    overviews.map((o) => o.data),
  );
}

export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

export async function getProgramEntry(id: string) {
  const entries = await getCollection('programs', (e) => e.id === id);
  const entry = entries[0];
  if (!entry) throw new Error(`No program entry with id ${id}`);
  return entry;
}

export async function getLeverEntry(id: string) {
  const entries = await getCollection('levers', (e) => e.id === id);
  const entry = entries[0];
  if (!entry) throw new Error(`No lever entry with id ${id}`);
  return entry;
}

export async function getStateOverviewEntry(stateSlug: string) {
  const entries = await getCollection('states', (e) => e.id === stateSlug);
  return entries[0];
}

let searchDocs: Promise<SearchDocument[]> | undefined;

/** Every program as a search document (in catalog order), with its body as plain text per section. */
export function getSearchDocuments(): Promise<SearchDocument[]> {
  searchDocs ??= (async () => {
    const catalog = await getCatalog();
    const entries = new Map((await getCollection('programs')).map((e) => [e.id, e]));
    const leverTitle = (id: string) => catalog.leverById.get(id)?.title ?? id;
    return catalog.programs.map((p) => programDocument(p, leverTitle, bodySections(entries.get(p.id)?.body ?? '')));
  })();
  return searchDocs;
}
