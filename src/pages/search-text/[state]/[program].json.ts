import type { APIRoute } from 'astro';
import { getSearchDocuments } from '../../../lib/catalog.ts';
import { searchText } from '../../../lib/search.ts';

/** One program's text as the search page shows it in results (summary and sections), fetched per result. */
export async function getStaticPaths() {
  const docs = await getSearchDocuments();
  return docs.map((doc) => {
    const [state, program] = doc.id.split('/');
    return { params: { state, program }, props: { doc } };
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(searchText(props.doc as Parameters<typeof searchText>[0])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
