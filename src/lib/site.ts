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

/** Public repository (e.g. a Git host URL). Corrections and suggestions go there. */
export const REPO_URL = env('REPO_URL');
