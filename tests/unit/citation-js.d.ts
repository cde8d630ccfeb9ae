// citation-js ships no type declarations; the tests use only this much of it, to parse our
// citation files the way a reference manager would.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string | object);
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
