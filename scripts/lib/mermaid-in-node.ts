/**
 * Mermaid in Node, for validating diagram sources without a browser. Mermaid's parser needs a
 * DOM (DOMPurify); happy-dom supplies one (jsdom 31 needs Node 22).
 */
import { Window } from 'happy-dom';
import type { Mermaid } from 'mermaid';
import { mermaidConfig } from '../../src/diagrams/mermaid-config.ts';

export async function loadMermaidInNode(): Promise<Mermaid> {
  const window = new Window();
  Object.assign(globalThis, {
    window,
    document: window.document,
    DOMParser: window.DOMParser,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    Node: window.Node,
  });
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize(mermaidConfig);
  return mermaid;
}
