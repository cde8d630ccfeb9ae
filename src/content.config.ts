import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { leverSchema, programSchema, stateOverviewSchema } from './lib/schema.ts';

// Lever ids are the file names in content/levers; programs may only name those.
const leverIds = readdirSync(new URL('../content/levers/', import.meta.url))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

const levers = defineCollection({
  loader: glob({ base: './content/levers', pattern: '*.md' }),
  schema: leverSchema,
});

const programs = defineCollection({
  loader: glob({ base: './content/programs', pattern: '**/*.mdx' }),
  schema: programSchema(leverIds),
});

const states = defineCollection({
  loader: glob({ base: './content/states', pattern: '*.mdx' }),
  schema: stateOverviewSchema,
});

export const collections = { levers, programs, states };
