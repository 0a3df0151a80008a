import type { Deck, DiagramSlide, Locale } from '../model/authored.ts';
import { diagramNodeIdPattern } from '../model/limits.ts';
import { contentFolder } from '../model/resolve.ts';
import type { ContentError } from '../model/validate.ts';
import { composeSource, diagramNodeClasses } from './compose-source.ts';
import { readFlowchart, type MermaidReader } from './flowchart-parts.ts';

type MermaidApi = MermaidReader;

/**
 * Statements that paint a diagram directly. Colour comes only from the node classes (a tone per
 * node, the arrows following their nodes: edge-tones.ts), so the colour key holds everywhere.
 */
const paintStatement = /^\s*(style|classDef|linkStyle)\b/m;

/**
 * Checks every diagram source with Mermaid itself: it parses, it is a flowchart, its node ids
 * and classes are ones the deck can style and step through, and every node a step names
 * exists. Runs in Node (under happy-dom) before builds and in the unit tests.
 */
export async function validateDiagramSources(
  deck: Deck,
  mermaid: MermaidApi,
): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  for (const [fileName, section] of Object.entries(deck.sections)) {
    // Malformed sections and slides are validateDeck's to report; only real sources are read.
    const slides: readonly unknown[] = Array.isArray(section.slides) ? section.slides : [];
    for (const candidate of slides) {
      if (!hasDiagramSource(candidate)) continue;
      const slide = candidate;
      const report = (field: string, message: string): void => {
        errors.push({ file: `${contentFolder}/${fileName}`, slide: slide.id, field, message });
      };
      const locales = Object.keys(slide.diagram.source) as Locale[];
      for (const locale of locales) {
        if (typeof slide.diagram.source[locale] !== 'string') continue;
        try {
          await checkSource(slide, locale, mermaid, report);
        } catch (error) {
          // A diagram missing its title or steps: validateDeck names the field; say it here too.
          const message = error instanceof Error ? error.message : String(error);
          report('diagram', `could not be checked with Mermaid (${message})`);
        }
      }
    }
  }
  return errors;
}

function hasDiagramSource(slide: unknown): slide is DiagramSlide {
  if (slide === null || typeof slide !== 'object') return false;
  const { kind, diagram } = slide as { kind?: unknown; diagram?: { source?: unknown } };
  return kind === 'diagram' && typeof diagram?.source === 'object' && diagram.source !== null;
}

async function checkSource(
  slide: DiagramSlide,
  locale: Locale,
  mermaid: MermaidApi,
  report: (field: string, message: string) => void,
): Promise<void> {
  const { diagram } = slide;
  const where = `${contentFolder}/diagrams/${diagram.id}.ts`;
  const painted = paintStatement.exec(diagram.source[locale]);
  if (painted !== null) {
    report(
      `diagram.source.${locale}`,
      `${where} paints with "${painted[1] ?? ''}": give each node a tone instead ` +
        `(class <ids> ${diagramNodeClasses.join(' | ')}); the deck colours nodes and arrows from it`,
    );
  }
  const source = composeSource(diagram, locale);
  try {
    await mermaid.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report(`diagram.source.${locale}`, `Mermaid cannot parse ${where}: ${message}`);
    return;
  }
  const { type, parts } = await readFlowchart(mermaid, source);
  if (parts === undefined) {
    report(
      `diagram.source.${locale}`,
      `${where} is a ${type} diagram; the deck styles and steps flowcharts only`,
    );
    return;
  }
  const known = new Set([...parts.nodeClasses.keys(), ...parts.subgraphs]);
  for (const [id, classes] of parts.nodeClasses) {
    if (!diagramNodeIdPattern.test(id)) {
      report(
        `diagram.source.${locale}`,
        `node id "${id}" in ${where}: use letters and digits only, so steps can find it`,
      );
    }
    const isSubgraph = parts.subgraphs.includes(id); // a link to a group, not a node
    const named = classes.filter((name) => name !== 'default');
    if (!isSubgraph && named.length === 0) {
      report(
        `diagram.source.${locale}`,
        `node "${id}" in ${where} has no tone: add it to a line "class <ids> ` +
          `${diagramNodeClasses.join(' | ')}"`,
      );
    }
    for (const name of named) {
      if (!(diagramNodeClasses as string[]).includes(name)) {
        report(
          `diagram.source.${locale}`,
          `node "${id}" in ${where} has class "${name}"; use one of ${diagramNodeClasses.join(', ')}`,
        );
      }
    }
  }
  diagram.steps.forEach((step, i) => {
    step.nodes.forEach((node, j) => {
      if (!known.has(node)) {
        report(
          `diagram.steps[${i}].nodes[${j}]`,
          `node "${node}" is not in ${where} (${locale}); its nodes are ${[...known].join(', ')}`,
        );
      }
    });
  });
}
