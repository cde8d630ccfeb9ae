// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Where the site is served. Absolute URLs (canonical links, citations, feeds) use SITE_URL;
// BASE_PATH lets the same build live under a sub-path such as /state-levers/.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) glues inline links written on separate lines together.
  compressHTML: true,
  // Duplicate entry ids and clashing routes are only warnings by default; for us they are bugs.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'"],
    },
  },
});
