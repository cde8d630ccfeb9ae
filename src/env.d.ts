/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Source ids of the program being rendered, in list order, for <Cite> numbering. */
    citeSources?: { id: string; title: string }[];
    /** The file being rendered, for error messages. */
    citeFile?: string;
  }
}
