/**
 * npm run new -- --state CO --title "Program name" [--slug short-name]
 * Writes content/programs/<state-slug>/<slug>.mdx with every field and a note on what belongs in
 * each. The file does not pass the content check until an author fills it in from real sources:
 * the empty values are there to be replaced, not published.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entryTemplate } from '../src/lib/template.ts';
import { slugify, stateByCode, STATE_CODES } from '../src/lib/states.ts';

const { values } = parseArgs({
  options: { state: { type: 'string' }, title: { type: 'string' }, slug: { type: 'string' }, today: { type: 'string' } },
});
const fail = (message: string): never => {
  console.error(`✖ ${message}\n  usage: npm run new -- --state CO --title "Program name" [--slug short-name]`);
  process.exit(1);
};
const state = stateByCode((values.state ?? '').toUpperCase()) ?? fail(`--state must be one of ${STATE_CODES.join(' ')}`);
const title = values.title?.trim() || fail('--title is required: the official program name');
const slug = values.slug ?? slugify(title);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`--slug "${slug}" must be lower-case letters, digits and hyphens`);
const today = values.today ?? new Date().toISOString().slice(0, 10);

const dir = join(process.cwd(), 'content', 'programs', state.slug);
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) fail(`content/programs/${state.slug}/${slug}.mdx already exists`);
mkdirSync(dir, { recursive: true });
writeFileSync(file, entryTemplate({ stateCode: state.code, stateName: state.name, title, today }));
console.log(`Wrote content/programs/${state.slug}/${slug}.mdx
Fill in every field from sources you have read, then run: npm run check:content
Its address will be /states/${state.slug}/${slug}/`);
