import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, paths, withoutBase } from '../../src/lib/paths.ts';

describe('paths', () => {
  it('builds the permanent URL shapes', () => {
    expect(paths.state('colorado')).toBe('/states/colorado/');
    expect(paths.program('colorado/local-accountability-system-grant')).toBe('/states/colorado/local-accountability-system-grant/');
    expect(paths.lever('seat-time')).toBe('/levers/seat-time/');
  });

  it('respects the base path', () => {
    expect(href('/states/', '/')).toBe('/states/');
    expect(href('/states/', '/state-levers/')).toBe('/state-levers/states/');
    expect(href('/states/', '/state-levers')).toBe('/state-levers/states/');
    expect(href('/', '/state-levers/')).toBe('/state-levers/');
    expect(withoutBase('/state-levers/levers/', '/state-levers/')).toBe('/levers/');
  });

  it('makes absolute URLs from the site address', () => {
    expect(absoluteUrl('/levers/', 'https://levers.test', '/')).toBe('https://levers.test/levers/');
    expect(absoluteUrl('/levers/', 'https://levers.test', '/sub/')).toBe('https://levers.test/sub/levers/');
  });
});
