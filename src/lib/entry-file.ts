/**
 * Reads one content file the way the build does (YAML frontmatter, then the body) and runs every
 * per-file check on it, collecting all problems rather than stopping at the first.
 */
import yaml from 'js-yaml';
import { checkBody, type CiteUse } from './mdx-guard.ts';
import { preflight } from './preflight.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import { leverSchema, programSchema, stateOverviewSchema, type LeverData, type ProgramData, type StateOverviewData } from './schema.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface SplitFile {
  frontmatter: unknown;
  body: string;
  /** Lines before the body starts. */
  bodyOffset: number;
}

export function splitFrontmatter(file: string, text: string): { split?: SplitFile; problems: Problem[] } {
  const m = FRONTMATTER.exec(text);
  if (!m) {
    return { problems: [{ file, field: '(frontmatter)', message: 'the file must start with a frontmatter block between two "---" lines' }] };
  }
  const yamlText = m[1] ?? '';
  if (/(^|[\s\[{,:])[&*][A-Za-z0-9_-]+/m.test(yamlText.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""'))) {
    return { problems: [{ file, field: '(frontmatter)', message: 'YAML anchors and aliases (&name, *name) are not allowed in content; write each value out' }] };
  }
  try {
    const frontmatter = yaml.load(yamlText);
    const bodyOffset = m[0].split('\n').length - 1;
    return { split: { frontmatter, body: text.slice(m[0].length), bodyOffset }, problems: [] };
  } catch (err) {
    const e = err as { mark?: { line: number; column: number }; reason?: string; message: string };
    const where = e.mark ? `${e.mark.line + 2}:${e.mark.column + 1}` : '(frontmatter)';
    return {
      problems: [{ file, field: where, message: `the frontmatter is not valid YAML: ${e.reason ?? e.message.split('\n')[0]}. Check indentation, and quote text containing ": " or "#"` }],
    };
  }
}

export interface ProgramFileResult {
  data?: ProgramData;
  cites: CiteUse[];
  words: number;
  problems: Problem[];
}

export function checkProgramFile(file: string, bytes: Uint8Array, leverIds: readonly string[]): ProgramFileResult {
  const pre = preflight(file, bytes, 'mdx');
  if (pre.text === undefined) return { cites: [], words: 0, problems: pre.problems };
  const { split, problems } = splitFrontmatter(file, pre.text);
  problems.unshift(...pre.problems);
  if (!split) return { cites: [], words: 0, problems };
  const parsed = programSchema(leverIds).safeParse(split.frontmatter ?? {});
  if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error));
  const body = checkBody(file, split.body, split.bodyOffset);
  problems.push(...body.problems);
  return { ...(parsed.success ? { data: parsed.data } : {}), cites: body.cites, words: body.words, problems };
}

export function checkLeverFile(file: string, bytes: Uint8Array): { data?: LeverData; problems: Problem[] } {
  const pre = preflight(file, bytes, 'md');
  if (pre.text === undefined) return { problems: pre.problems };
  const { split, problems } = splitFrontmatter(file, pre.text);
  if (!split) return { problems };
  const parsed = leverSchema.safeParse(split.frontmatter ?? {});
  if (!parsed.success) return { problems: problemsFromZod(file, parsed.error) };
  const body = checkBody(file, split.body, split.bodyOffset);
  const extra = body.cites.length ? [{ file, field: '(body)', message: 'lever pages have no sources list; move sourced facts into a program entry' }] : [];
  return { data: parsed.data, problems: [...body.problems, ...extra] };
}

export function checkOverviewFile(file: string, bytes: Uint8Array): { data?: StateOverviewData; cites: CiteUse[]; problems: Problem[] } {
  const pre = preflight(file, bytes, 'mdx');
  if (pre.text === undefined) return { cites: [], problems: pre.problems };
  const { split, problems } = splitFrontmatter(file, pre.text);
  problems.unshift(...pre.problems);
  if (!split) return { cites: [], problems };
  const parsed = stateOverviewSchema.safeParse(split.frontmatter ?? {});
  if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error));
  const body = checkBody(file, split.body, split.bodyOffset);
  problems.push(...body.problems);
  return { ...(parsed.success ? { data: parsed.data } : {}), cites: body.cites, problems };
}
