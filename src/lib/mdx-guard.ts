/**
 * MDX is code: an entry body could import modules or run expressions at build time. Entries are
 * data, so the body may hold Markdown and the <Cite id="…" /> component, nothing else. The body is
 * parsed with the MDX grammar (not matched with patterns) so nothing slips through formatting tricks.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Problem } from './problems.ts';
import { SLUG_PATTERN } from './schema.ts';

export interface CiteUse {
  id: string;
  line: number;
  column: number;
}

export interface BodyReport {
  cites: CiteUse[];
  problems: Problem[];
  /** Plain words of the body (for search and word counts). */
  words: number;
}

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  url?: string;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/** `lineOffset` is the number of lines before the body in the file (the frontmatter). */
export function checkBody(file: string, body: string, lineOffset = 0): BodyReport {
  const cites: CiteUse[] = [];
  const problems: Problem[] = [];
  let words = 0;
  let tree: Node;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  } catch (err) {
    const e = err as { line?: number; column?: number; reason?: string; message?: string };
    const where = e.line ? `${e.line + lineOffset}:${e.column ?? 1}` : '(body)';
    problems.push({ file, field: where, message: `the body is not valid MDX: ${e.reason ?? e.message}. Write "<" and "{" in prose as words, or escape them as \\< and \\{` });
    return { cites, problems, words };
  }
  let lastDepth = 1;
  const at = (n: Node) => {
    const p = n.position?.start;
    return p ? `${p.line + lineOffset}:${p.column}` : '(body)';
  };
  const add = (n: Node, message: string) => problems.push({ file, field: at(n), message });

  const walk = (n: Node) => {
    switch (n.type) {
      case 'mdxjsEsm':
        add(n, 'import and export are not allowed in entries; the body is Markdown plus <Cite id="…" />');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(n, 'curly-brace expressions are not allowed in entries; write the text itself (escape a literal brace as \\{)');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (n.name !== 'Cite') {
          add(n, `<${n.name ?? ''}> is not allowed in entries; only <Cite id="source-id" /> is (write Markdown instead of HTML)`);
          return;
        }
        const attrs = n.attributes ?? [];
        const id = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        const others = attrs.filter((a) => a !== id);
        if (others.length) {
          add(n, `<Cite> takes only an id attribute; remove ${others.map((a) => a.name ?? '{…}').join(', ')}`);
        }
        if (!id || typeof id.value !== 'string' || !SLUG_PATTERN.test(id.value)) {
          add(n, '<Cite> needs a plain id naming one of the entry\'s sources, e.g. <Cite id="cde" />');
        } else {
          const p = n.position?.start ?? { line: 0, column: 0 };
          cites.push({ id: id.value, line: p.line + lineOffset, column: p.column });
        }
        if (n.children?.length) add(n, 'write <Cite> as a self-closing tag: <Cite id="…" />');
        return;
      }
      case 'html':
        add(n, 'raw HTML is not allowed in entries; write Markdown');
        return;
      case 'image':
        add(n, 'images are not allowed in entries yet');
        return;
      case 'heading': {
        const depth = n.depth ?? 2;
        if (depth === 1) add(n, 'use ## for section headings; the page title is the only level-one heading');
        else if (depth > lastDepth + 1) add(n, `heading level ${depth} follows level ${lastDepth}; do not skip levels`);
        lastDepth = depth;
        break;
      }
      case 'link':
      case 'definition':
        if (n.url !== undefined && !SAFE_LINK.test(n.url)) {
          add(n, `link to ${JSON.stringify(n.url.slice(0, 60))} is not allowed; links in entries must be full http(s) addresses`);
        }
        break;
      case 'text':
        words += (n.value ?? '').split(/\s+/).filter(Boolean).length;
        break;
    }
    n.children?.forEach(walk);
  };
  walk(tree);
  return { cites, problems, words };
}
