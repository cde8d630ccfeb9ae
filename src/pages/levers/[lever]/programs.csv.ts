import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';
import { columnsToCsv, csvResponse } from '../../../lib/csv.ts';
import { leverCsvColumns } from '../../../lib/lever-table.ts';
import { programRecords } from '../../../lib/open-data.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.levers.map((l) => ({ params: { lever: l.id }, props: { programs: catalog.programsByLever.get(l.id) ?? [] } }));
}

export const GET: APIRoute = ({ params, props }) => {
  const programs = props.programs as Awaited<ReturnType<typeof getCatalog>>['programs'];
  return csvResponse(columnsToCsv(leverCsvColumns(String(params.lever)), programRecords(programs, import.meta.env.SITE)));
};
