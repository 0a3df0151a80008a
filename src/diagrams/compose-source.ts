import type { Diagram, DiagramNodeClass, Locale } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { palette } from '../theme/palette.ts';

/** The styles of the node classes a source may use, in the deck's palette. */
const classStyles: Readonly<Record<DiagramNodeClass, string>> = {
  external: `fill:${palette.externalTint},stroke:${palette.external},stroke-width:3px,color:${palette.ink}`,
  internal: `fill:${palette.internalTint},stroke:${palette.internal},stroke-width:3px,color:${palette.ink}`,
  neutral: `fill:${palette.white},stroke:${palette.muted},stroke-width:3px,color:${palette.ink}`,
  tie: `fill:${palette.night},stroke:${palette.night},stroke-width:3px,color:${palette.nightInk},font-weight:700`,
};

/** The class names a diagram source may give its nodes. */
export const diagramNodeClasses = Object.keys(classStyles) as DiagramNodeClass[];

/**
 * The full Mermaid source of a diagram in a locale: the authored structure plus its text
 * alternative (accTitle/accDescr) and the deck's node styles, so authors write only content.
 * The edges' styles depend on the parsed edges and come from edge-tones.ts.
 */
export function composeSource(diagram: Diagram, locale: Locale): string {
  return [
    textIn(diagram.source, locale).trimEnd(),
    `  accTitle: ${textIn(diagram.title, locale)}`,
    `  accDescr: ${textIn(diagram.description, locale)}`,
    ...Object.entries(classStyles).map(([name, style]) => `  classDef ${name} ${style}`),
  ].join('\n');
}
