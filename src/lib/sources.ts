/**
 * Links that outlive link rot: the Web Archive's copies of a source as of the day we read it.
 * The /web/<yyyymmdd>/<url> form opens the snapshot nearest that date (or offers to save one).
 */
export function waybackUrl(url: string, accessed: string): string {
  return `https://web.archive.org/web/${accessed.replace(/-/g, '')}/${url}`;
}
