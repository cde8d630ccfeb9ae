import { describe, expect, it } from 'vitest';
import { STATES, slugify, stateByCode, stateByFips, stateBySlug, suggestStateCodes } from '../../src/lib/states.ts';

describe('states', () => {
  it('has the 50 states and DC, each once', () => {
    expect(STATES).toHaveLength(51);
    expect(new Set(STATES.map((s) => s.code)).size).toBe(51);
    expect(new Set(STATES.map((s) => s.fips)).size).toBe(51);
    expect(new Set(STATES.map((s) => s.slug)).size).toBe(51);
    expect(stateByCode('DC')?.name).toBe('District of Columbia');
  });

  it('uses the FIPS codes us-atlas uses', () => {
    expect(stateByFips('08')?.code).toBe('CO');
    expect(stateByFips('11')?.code).toBe('DC');
    expect(stateByFips('56')?.code).toBe('WY');
    expect(stateByFips('72')).toBeUndefined();
  });

  it('derives permanent slugs from names', () => {
    expect(stateBySlug('new-hampshire')?.code).toBe('NH');
    expect(stateBySlug('district-of-columbia')?.code).toBe('DC');
    expect(slugify('Cañon City  Schools!')).toBe('canon-city-schools');
  });

  it('lists states alphabetically by name', () => {
    const names = STATES.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('suggests the real code for a name or a lower-case code', () => {
    expect(suggestStateCodes('co')).toEqual(['CO']);
    expect(suggestStateCodes('Colorado')).toEqual(['CO']);
    expect(suggestStateCodes('CX')).toContain('CO');
  });
});
