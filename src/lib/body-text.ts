/**
 * An entry body as plain text, one part per `##` section, for the search index and the search
 * page's snippets. Parsed with the MDX grammar (as mdx-guard.ts checks it), so Markdown syntax and
 * <Cite> tags never reach the index. Build-time only.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { SearchSection } from './search.ts';

interface Node {
  type: string;
  depth?: number;
  value?: string;
  children?: Node[];
}

const BLOCKS = new Set(['paragraph', 'listItem', 'heading', 'tableCell', 'blockquote', 'code']);

function plain(node: Node): string {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return '';
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value ?? '';
  if (node.type === 'break') return ' ';
  const inner = (node.children ?? []).map(plain).join('');
  return BLOCKS.has(node.type) ? ` ${inner} ` : inner;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

export function bodySections(body: string): SearchSection[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  const sections: SearchSection[] = [];
  let current: { heading: string; parts: string[] } = { heading: '', parts: [] };
  const close = () => {
    const text = squeeze(current.parts.join(' '));
    if (text || current.heading) sections.push({ heading: current.heading, text });
  };
  for (const node of tree.children ?? []) {
    if (node.type === 'heading' && (node.depth ?? 2) <= 2) {
      close();
      current = { heading: squeeze(plain(node)), parts: [] };
    } else current.parts.push(plain(node));
  }
  close();
  return sections;
}
