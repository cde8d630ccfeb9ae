/**
 * Site-wide settings, in one place. The repository address is configurable because forks and
 * mirrors publish the same content from different places; without it, pages explain the
 * contribution process without linking to a host.
 */
function env(name: string): string | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env[name];
  return value && value.trim() ? value.trim() : undefined;
}

export const SITE_NAME = 'State Levers';
export const CONTENT_LICENSE = { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' };
export const CODE_LICENSE = 'MIT';

/** Public repository (e.g. a Git host URL), without a trailing slash. Corrections and suggestions go there. */
export const REPO_URL = env('REPO_URL')?.replace(/\/$/, '');

/**
 * Where "Suggest a correction" goes: a new issue in the repository, pre-filled with the entry's
 * title and address, when REPO_URL is set (GitHub-style /issues/new); otherwise the contribute page.
 */
export function correctionLink(title: string, url: string, contributePage = '/contribute/'): string {
  if (!REPO_URL) return contributePage;
  const body = `Entry: ${url}\n\nWhat is wrong or missing:\n\nSource that shows the correct fact (link):\n`;
  return `${REPO_URL}/issues/new?title=${encodeURIComponent(`Correction: ${title}`)}&body=${encodeURIComponent(body)}`;
}
