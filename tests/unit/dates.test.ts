import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, isFullDate, isPartialDate, parsePartialDate } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('accepts real full and partial dates', () => {
    expect(isFullDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2024-02')).toBe(true);
    expect(isPartialDate('2024')).toBe(true);
    expect(parsePartialDate('2023-02-28')).toEqual({ year: 2023, month: 2, day: 28 });
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(isFullDate('2024-02-30')).toBe(false);
    expect(isFullDate('2023-02-29')).toBe(false);
    expect(isFullDate('2024-13-01')).toBe(false);
    expect(isFullDate('2024-04-31')).toBe(false);
    expect(isPartialDate('2024-00')).toBe(false);
  });

  it('rejects other forms', () => {
    expect(isFullDate('2024-02')).toBe(false);
    expect(isPartialDate('24-02-01')).toBe(false);
    expect(isPartialDate('2024/02/01')).toBe(false);
    expect(isPartialDate('February 2024')).toBe(false);
    expect(isPartialDate(' 2024')).toBe(false);
  });

  it('formats for readers', () => {
    expect(formatDate('2024-02-29')).toBe('February 29, 2024');
    expect(formatDate('2024-04')).toBe('April 2024');
    expect(formatDate('2019')).toBe('2019');
  });

  it('orders partial dates before full dates of the same period', () => {
    const sorted = ['2024-01-05', '2024', '2023-12', '2024-01'].sort(compareDates);
    expect(sorted).toEqual(['2023-12', '2024', '2024-01', '2024-01-05']);
  });
});
