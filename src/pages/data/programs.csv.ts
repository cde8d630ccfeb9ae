import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { columnsToCsv, csvResponse } from '../../lib/csv.ts';
import { PROGRAM_CSV_COLUMNS, programRecords } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return csvResponse(columnsToCsv(PROGRAM_CSV_COLUMNS, programRecords(catalog.programs, import.meta.env.SITE)));
};
