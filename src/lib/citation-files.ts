/** Builds the static citation.<ext> download files for a list of works. */
import { DOWNLOADS, download, type CitableWork, type DownloadExt } from './cite.ts';

export function citationPaths<P extends Record<string, string>>(items: readonly { params: P; work: CitableWork }[]) {
  return items.flatMap(({ params, work }) => DOWNLOADS.map((d) => ({ params: { ...params, ext: d.ext }, props: { work, ext: d.ext } })));
}

export function citationResponse(work: CitableWork, ext: DownloadExt): Response {
  const type = DOWNLOADS.find((d) => d.ext === ext)!.type;
  return new Response(download(work, ext), { headers: { 'Content-Type': type } });
}
