/**
 * Rules that span a whole entry or several entries, which a per-field schema cannot see:
 * the folder agrees with the state, ids are unique, every <Cite> names a listed source and every
 * listed source is cited. Run by the content checker and again by the build.
 */
import type { CiteUse } from './mdx-guard.ts';
import type { Problem } from './problems.ts';
import { frontmatterCites, type ProgramData, type Source, type StateOverviewData } from './schema.ts';
import { stateByCode } from './states.ts';

export interface CheckedEntry {
  file: string;
  /** `<state-slug>/<program-slug>`, the path under content/programs without extension. */
  id: string;
  data: ProgramData;
  cites: CiteUse[];
}

export function checkIntegrity(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();

  for (const e of entries) {
    const add = (field: string, message: string) => problems.push({ file: e.file, field, message });
    const parts = e.id.split('/');
    const state = stateByCode(e.data.state);
    if (parts.length !== 2) {
      add('(location)', `programs live at content/programs/<state-slug>/<program-slug>.mdx${state ? ` — move it to content/programs/${state.slug}/` : ''}`);
    } else if (state && parts[0] !== state.slug) {
      add('state', `state is "${e.data.state}" (${state.name}) but the file is filed under "${parts[0]}/"; move it to content/programs/${state.slug}/ or correct the state`);
    }

    const key = e.id.toLowerCase();
    const other = seen.get(key);
    if (other) add('(file name)', `same program id "${e.id}" as ${other}; rename one of them`);
    else seen.set(key, e.file);

    problems.push(...checkCites(e.file, e.data.sources, e.cites, frontmatterCites(e.data).flatMap((c) => c.ids)));
  }

  // An old slug must not shadow a live program, or its redirect would hide the real page.
  for (const e of entries) {
    const folder = e.id.split('/')[0];
    for (const old of e.data.formerSlugs ?? []) {
      const clash = seen.get(`${folder}/${old}`);
      if (clash) problems.push({ file: e.file, field: 'formerSlugs', message: `"${old}" is the slug of a live program (${clash}); remove it from formerSlugs` });
    }
  }
  return problems;
}

/** Every <Cite> names a listed source, and every listed source is cited somewhere. */
function checkCites(file: string, sources: readonly Source[], cites: readonly CiteUse[], frontmatterIds: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  const ids = sources.map((s) => s.id);
  const known = new Set(ids);
  for (const c of cites) {
    if (!known.has(c.id)) {
      problems.push({ file, field: `${c.line}:${c.column}`, message: `<Cite id="${c.id}" /> names no source of this entry; use one of: ${ids.join(', ')}` });
    }
  }
  const used = new Set([...cites.map((c) => c.id), ...frontmatterIds]);
  sources.forEach((s, i) => {
    if (!used.has(s.id)) problems.push({ file, field: `sources[${i}]`, message: `source "${s.id}" is never cited; cite it where it supports a fact, or remove it` });
  });
  return problems;
}

export interface CheckedOverview {
  file: string;
  /** File name without extension: must be the state's slug. */
  id: string;
  data: StateOverviewData;
  cites: CiteUse[];
}

/** State overviews: one per state, named for the state, every cite resolved. */
export function checkOverviews(entries: readonly CheckedOverview[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const state = stateByCode(e.data.state);
    if (state && e.id !== state.slug) {
      problems.push({ file: e.file, field: 'state', message: `state is "${e.data.state}" (${state.name}) but the file is named "${e.id}"; name it content/states/${state.slug}.mdx or correct the state` });
    }
    problems.push(...checkCites(e.file, e.data.sources, e.cites));
  }
  return problems;
}
