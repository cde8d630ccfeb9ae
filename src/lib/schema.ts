/**
 * The entry format: one source of truth for what a program or lever file may contain.
 * Pure (imports only zod through astro/zod) so the content checker, the build and the unit
 * tests all validate with exactly the same rules. Messages say what is expected and how to fix it.
 */
import { z } from 'astro/zod';
import { isFullDate, isPartialDate } from './dates.ts';
import { STATE_CODES, suggestStateCodes } from './states.ts';

export const KINDS = ['grant-program', 'waiver', 'pilot', 'network', 'statute', 'rule', 'initiative'] as const;
export const STATUSES = ['active', 'pilot', 'ended', 'repealed', 'proposed'] as const;
export const AUTHORITY_TYPES = ['statute', 'rule', 'agency', 'executive', 'federal'] as const;
export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];

export const SUMMARY_MAX = 280;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A received value as it may be shown in an error: short, and with control characters made visible. */
export function showValue(value: unknown): string {
  if (value instanceof Date) return `the date ${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString().slice(0, 10)}`;
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  let text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  text = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const QUOTE_DATE =
  'YAML read an unquoted date and may have changed it (2024-02-30 silently becomes March 1): ' +
  'write dates as quoted text, e.g. "2024-02-29"';

function required(what: string) {
  return (iss: { input: unknown }) =>
    iss.input === undefined ? `${what} is required` : `${what} must be text; got ${showValue(iss.input)}`;
}

// Plain-text fields are shown as text everywhere (pages, feeds, cards, citations); markup in them
// is a mistake or an attack, so it fails the build instead of being printed as tags.
const MARKUP = /<\/?[a-z!][^>]*>?/i;

function text(what: string) {
  return z
    .string({ error: required(what) })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .refine((v) => !MARKUP.test(v), { error: `${what} must be plain text: remove the HTML tag (write "less than" in words if you meant the sign)` });
}

function dateText(what: string, form: 'full' | 'partial') {
  const example = form === 'full' ? '"2024-02-29"' : '"2024", "2024-02" or "2024-02-29"';
  return z
    .string({
      error: (iss) =>
        iss.input instanceof Date
          ? QUOTE_DATE
          : iss.input === undefined
            ? `${what} is required, e.g. ${example}`
            : `${what} must be a quoted date such as ${example}; got ${showValue(iss.input)}`,
    })
    .refine(form === 'full' ? isFullDate : isPartialDate, {
      error: (iss) => `${what} must be a real date written as ${example}; got ${showValue(iss.input)}`,
    });
}

const year = z
  .number({
    error: (iss) =>
      typeof iss.input === 'string'
        ? `year must be a number without quotes, e.g. 2019; got ${showValue(iss.input)}`
        : `year must be a number such as 2019; got ${showValue(iss.input)}`,
  })
  .int({ error: 'year must be a whole number such as 2019' })
  .min(1800, { error: 'year must be between 1800 and 2100' })
  .max(2100, { error: 'year must be between 1800 and 2100' });

const sourceId = z
  .string({ error: required('source id') })
  .regex(SLUG_PATTERN, { error: (iss) => `source ids are lower-case letters, digits and hyphens (e.g. "cde-2024"); got ${showValue(iss.input)}` });

const cite = z
  .array(sourceId, { error: 'cite must be a list of source ids, e.g. cite: ["cde"]' })
  .min(1, { error: 'cite must name at least one source id from `sources`' });

export const httpUrl = z
  .string({ error: required('url') })
  .refine(
    (value) => {
      try {
        const u = new URL(value);
        return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && value === value.trim();
      } catch {
        return false;
      }
    },
    { error: (iss) => `must be a full http:// or https:// address; got ${showValue(iss.input)}` },
  );

const sourcedText = (what: string) =>
  z.strictObject({ text: text(`${what}.text`), cite }, { error: `${what} must be a group: { text: "…", cite: ["source-id"] }` });

export const sourceSchema = z.strictObject({
  id: sourceId,
  title: text('title'),
  publisher: text('publisher'),
  url: httpUrl,
  published: dateText('published', 'partial').optional(),
  accessed: dateText('accessed', 'full'),
  archived: httpUrl.optional(),
});

export function leverIdSchema(leverIds: readonly string[]) {
  return z.string({ error: required('lever') }).refine((v) => leverIds.includes(v), {
    error: (iss) => `unknown lever ${showValue(iss.input)}; use one of: ${leverIds.join(', ')}`,
  });
}

export function programSchema(leverIds: readonly string[]) {
  return z
    .strictObject({
      title: text('title').max(200, { error: 'title must be at most 200 characters' }),
      shortTitle: text('shortTitle').max(40, { error: 'shortTitle must be at most 40 characters' }).optional(),
      aliases: z.array(text('alias')).optional(),
      state: z.string({ error: required('state') }).refine((v) => STATE_CODES.includes(v), {
        error: (iss) => {
          const s = suggestStateCodes(String(iss.input));
          return `unknown state code ${showValue(iss.input)}: use an upper-case USPS code (50 states + DC)${s.length ? `, e.g. ${s.join(', ')}` : ''}`;
        },
      }),
      summary: text('summary').max(SUMMARY_MAX, {
        error: (iss) => `summary must be at most ${SUMMARY_MAX} characters (it has ${String(iss.input).length}); move detail into the body`,
      }),
      kind: z.enum(KINDS, { error: (iss) => `kind must be one of ${KINDS.join(', ')}; got ${showValue(iss.input)}` }),
      levers: z
        .array(z.strictObject({ lever: leverIdSchema(leverIds), how: text('how'), cite }), {
          error: 'levers must be a list of { lever, how, cite }',
        })
        .min(1, { error: 'levers must list at least one lever' }),
      authority: z.strictObject({
        type: z.enum(AUTHORITY_TYPES, {
          error: (iss) => `authority.type must be one of ${AUTHORITY_TYPES.join(', ')}; got ${showValue(iss.input)}`,
        }),
        bills: z.array(text('bill')).optional(),
        citation: text('citation').optional(),
        year: year.optional(),
        cite,
      }),
      status: z.strictObject({
        value: z.enum(STATUSES, { error: (iss) => `status.value must be one of ${STATUSES.join(', ')}; got ${showValue(iss.input)}` }),
        asOf: dateText('asOf', 'partial'),
        note: text('note').optional(),
        cite,
      }),
      agency: sourcedText('agency').optional(),
      established: z
        .strictObject({ year, cite }, { error: 'established must be a group: { year: 2019, cite: ["source-id"] } (leave it out if no source gives the year)' })
        .optional(),
      eligibility: sourcedText('eligibility').optional(),
      funding: sourcedText('funding').optional(),
      apply: sourcedText('apply').optional(),
      waives: sourcedText('waives').optional(),
      reporting: sourcedText('reporting').optional(),
      sunset: sourcedText('sunset').optional(),
      districts: z.array(z.strictObject({ name: text('name'), what: text('what'), cite })).optional(),
      sources: z
        .array(sourceSchema, { error: (iss) => (iss.input === undefined ? 'sources is required: list at least one source with id, title, publisher, url and accessed' : 'sources must be a list') })
        .min(1, { error: 'sources must list at least one source' }),
      formerSlugs: z.array(z.string().regex(SLUG_PATTERN, { error: 'formerSlugs are lower-case slugs' })).optional(),
      lastReviewed: dateText('lastReviewed', 'full'),
    })
    .superRefine((entry, ctx) => {
      const ids = new Set<string>();
      entry.sources.forEach((s, i) => {
        if (ids.has(s.id)) {
          ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `source id "${s.id}" is used twice; give each source its own id` });
        }
        ids.add(s.id);
      });
      for (const { path, ids: cited } of frontmatterCites(entry)) {
        cited.forEach((id, i) => {
          if (!ids.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'cite', i],
              message: `cites "${id}", which is not among this entry's sources (${[...ids].join(', ')}); add the source or fix the id`,
            });
          }
        });
      }
      if (entry.status.asOf > entry.lastReviewed) {
        ctx.addIssue({ code: 'custom', path: ['status', 'asOf'], message: 'status.asOf is later than lastReviewed; nobody can have confirmed a status in the future' });
      }
    });
}

export type ProgramData = z.infer<ReturnType<typeof programSchema>>;
export type Source = z.infer<typeof sourceSchema>;

const SOURCED_FIELDS = ['agency', 'eligibility', 'funding', 'apply', 'waives', 'reporting', 'sunset'] as const;
export type SourcedField = (typeof SOURCED_FIELDS)[number];
export { SOURCED_FIELDS };

/** Every `cite` list in an entry's frontmatter with the path that holds it. */
export function frontmatterCites(entry: Omit<ProgramData, 'sources'>): { path: (string | number)[]; ids: string[] }[] {
  const out: { path: (string | number)[]; ids: string[] }[] = [];
  entry.levers.forEach((l, i) => out.push({ path: ['levers', i], ids: l.cite }));
  out.push({ path: ['authority'], ids: entry.authority.cite });
  out.push({ path: ['status'], ids: entry.status.cite });
  if (entry.established) out.push({ path: ['established'], ids: entry.established.cite });
  for (const field of SOURCED_FIELDS) {
    const value = entry[field];
    if (value) out.push({ path: [field], ids: value.cite });
  }
  entry.districts?.forEach((d, i) => out.push({ path: ['districts', i], ids: d.cite }));
  return out;
}

/** A state's overview: a short sourced introduction to its flexibility landscape (content/states/<slug>.mdx). */
export const stateOverviewSchema = z
  .strictObject({
    state: z.string({ error: required('state') }).refine((v) => STATE_CODES.includes(v), {
      error: (iss) => `unknown state code ${showValue(iss.input)}: use an upper-case USPS code (50 states + DC)`,
    }),
    summary: text('summary').max(SUMMARY_MAX, {
      error: (iss) => `summary must be at most ${SUMMARY_MAX} characters (it has ${String(iss.input).length}); move detail into the body`,
    }),
    sources: z
      .array(sourceSchema, { error: (iss) => (iss.input === undefined ? 'sources is required: list at least one source' : 'sources must be a list') })
      .min(1, { error: 'sources must list at least one source' }),
    lastReviewed: dateText('lastReviewed', 'full'),
  })
  .superRefine((entry, ctx) => {
    const ids = new Set<string>();
    entry.sources.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `source id "${s.id}" is used twice; give each source its own id` });
      ids.add(s.id);
    });
  });
export type StateOverviewData = z.infer<typeof stateOverviewSchema>;

export const leverSchema = z.strictObject({
  title: text('title').max(60, { error: 'title must be at most 60 characters' }),
  definition: text('definition').max(160, { error: 'definition must be at most 160 characters' }),
  order: z.number({ error: 'order must be a number (1 = first)' }).int().min(1),
});
export type LeverData = z.infer<typeof leverSchema>;

/** Every field name the formats know, to suggest the intended one when a key is misspelled. */
export const KNOWN_FIELDS = [
  ...new Set([
    'title', 'shortTitle', 'aliases', 'state', 'summary', 'kind', 'levers', 'lever', 'how', 'cite', 'authority', 'type',
    'bills', 'citation', 'year', 'status', 'value', 'asOf', 'note', 'established', 'districts', 'name', 'what', 'sources',
    'id', 'publisher', 'url', 'published', 'accessed', 'archived', 'formerSlugs', 'lastReviewed', 'text', 'definition',
    'order', ...SOURCED_FIELDS,
  ]),
];
