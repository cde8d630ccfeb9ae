import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { columnsToCsv, csvResponse } from '../../lib/csv.ts';
import { PROGRAM_CSV_COLUMNS, programRecord } from '../../lib/open-data.ts';
import { absoluteUrl } from '../../lib/paths.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const records = catalog.programs.map((p) => programRecord(p, (path) => absoluteUrl(path, import.meta.env.SITE)));
  return csvResponse(columnsToCsv(PROGRAM_CSV_COLUMNS, records));
};
