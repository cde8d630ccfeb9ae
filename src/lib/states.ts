/** The 50 states and the District of Columbia: the only places an entry may belong to. */
export interface State {
  /** USPS code, upper case: the `state` field of an entry. */
  code: string;
  name: string;
  /** URL segment and folder name under content/programs/. Permanent. */
  slug: string;
  /** Two-digit FIPS code, as used by us-atlas for feature ids. */
  fips: string;
}

const rows: ReadonlyArray<readonly [code: string, name: string, fips: string]> = [
  ['AL', 'Alabama', '01'],
  ['AK', 'Alaska', '02'],
  ['AZ', 'Arizona', '04'],
  ['AR', 'Arkansas', '05'],
  ['CA', 'California', '06'],
  ['CO', 'Colorado', '08'],
  ['CT', 'Connecticut', '09'],
  ['DE', 'Delaware', '10'],
  ['DC', 'District of Columbia', '11'],
  ['FL', 'Florida', '12'],
  ['GA', 'Georgia', '13'],
  ['HI', 'Hawaii', '15'],
  ['ID', 'Idaho', '16'],
  ['IL', 'Illinois', '17'],
  ['IN', 'Indiana', '18'],
  ['IA', 'Iowa', '19'],
  ['KS', 'Kansas', '20'],
  ['KY', 'Kentucky', '21'],
  ['LA', 'Louisiana', '22'],
  ['ME', 'Maine', '23'],
  ['MD', 'Maryland', '24'],
  ['MA', 'Massachusetts', '25'],
  ['MI', 'Michigan', '26'],
  ['MN', 'Minnesota', '27'],
  ['MS', 'Mississippi', '28'],
  ['MO', 'Missouri', '29'],
  ['MT', 'Montana', '30'],
  ['NE', 'Nebraska', '31'],
  ['NV', 'Nevada', '32'],
  ['NH', 'New Hampshire', '33'],
  ['NJ', 'New Jersey', '34'],
  ['NM', 'New Mexico', '35'],
  ['NY', 'New York', '36'],
  ['NC', 'North Carolina', '37'],
  ['ND', 'North Dakota', '38'],
  ['OH', 'Ohio', '39'],
  ['OK', 'Oklahoma', '40'],
  ['OR', 'Oregon', '41'],
  ['PA', 'Pennsylvania', '42'],
  ['RI', 'Rhode Island', '44'],
  ['SC', 'South Carolina', '45'],
  ['SD', 'South Dakota', '46'],
  ['TN', 'Tennessee', '47'],
  ['TX', 'Texas', '48'],
  ['UT', 'Utah', '49'],
  ['VT', 'Vermont', '50'],
  ['VA', 'Virginia', '51'],
  ['WA', 'Washington', '53'],
  ['WV', 'West Virginia', '54'],
  ['WI', 'Wisconsin', '55'],
  ['WY', 'Wyoming', '56'],
];

/** Lower case without accents: "Cañon City" → "canon city". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Alphabetical by name, so lists read as people expect. */
export const STATES: readonly State[] = rows
  .map(([code, name, fips]) => ({ code, name, slug: slugify(name), fips }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

export const STATE_CODES: readonly string[] = STATES.map((s) => s.code);

const byCode = new Map(STATES.map((s) => [s.code, s]));
const bySlug = new Map(STATES.map((s) => [s.slug, s]));
const byFips = new Map(STATES.map((s) => [s.fips, s]));

export function stateByCode(code: string): State | undefined {
  return byCode.get(code);
}
export function stateBySlug(slug: string): State | undefined {
  return bySlug.get(slug);
}
export function stateByFips(fips: string): State | undefined {
  return byFips.get(fips);
}

/** For a state code that does not exist, the closest real ones (a typo is the usual cause). */
export function suggestStateCodes(input: string): string[] {
  const upper = input.trim().toUpperCase();
  if (byCode.has(upper)) return [upper];
  const byName = STATES.find((s) => s.name.toLowerCase() === input.trim().toLowerCase());
  if (byName) return [byName.code];
  return STATE_CODES.filter((c) => c[0] === upper[0] || c[1] === upper[1]).slice(0, 6);
}
