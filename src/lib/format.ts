/** Words for codes: how enum values and lists read on the page. */
import type { AuthorityType, Kind, Status } from './schema.ts';

export const KIND_LABELS: Record<Kind, string> = {
  'grant-program': 'Grant program',
  waiver: 'Waiver',
  pilot: 'Pilot',
  network: 'Network',
  statute: 'Statute',
  rule: 'Rule',
  initiative: 'Agency initiative',
};

export const STATUS_LABELS: Record<Status, string> = {
  active: 'Active',
  pilot: 'Pilot',
  ended: 'Ended',
  repealed: 'Repealed',
  proposed: 'Proposed',
};

export const AUTHORITY_LABELS: Record<AuthorityType, string> = {
  statute: 'State statute',
  rule: 'State rule',
  agency: 'Agency initiative',
  executive: 'Executive action',
  federal: 'Federal authority',
};

/** "a", "a and b", "a, b and c" */
export function listText(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
