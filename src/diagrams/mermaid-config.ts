import type { MermaidConfig } from 'mermaid';
import { palette } from '../theme/palette.ts';

/**
 * Label size in the diagram's own pixels. Diagrams are laid out so they are shown at 85% or
 * more of their natural size, which keeps labels at 22 design pixels or larger on the slide.
 */
export const diagramFontSizePx = 26;

/**
 * Mermaid settings for every diagram: the deck's look, never Mermaid's defaults (ARCHITECTURE.md,
 * "Design rules and known traps": the default ELK layout and `neo` look are large and off-brand).
 */
export const mermaidConfig: MermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'base',
  look: 'classic',
  layout: 'dagre',
  fontFamily: 'Inter, system-ui, sans-serif',
  themeVariables: {
    fontFamily: 'Inter, system-ui, sans-serif',
    fontSize: `${diagramFontSizePx}px`,
    background: palette.paper,
    primaryColor: palette.white,
    primaryTextColor: palette.ink,
    primaryBorderColor: palette.muted,
    secondaryColor: palette.paper,
    tertiaryColor: palette.paper,
    lineColor: palette.muted,
    textColor: palette.ink,
    clusterBkg: palette.paper,
    clusterBorder: palette.rule,
    titleColor: palette.muted,
    edgeLabelBackground: palette.paper,
  },
  // HTML labels wrap long text at wrappingWidth; Chromium prints them as vector text.
  htmlLabels: true,
  flowchart: {
    wrappingWidth: 300,
    nodeSpacing: 48,
    rankSpacing: 72,
    padding: 20,
    diagramPadding: 8,
    subGraphTitleMargin: { top: 10, bottom: 14 },
    curve: 'basis',
    useMaxWidth: true,
  },
};
