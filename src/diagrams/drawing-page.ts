/**
 * The page the build draws the diagrams in (scripts/lib/draw-diagrams.ts bundles it and opens
 * it in headless Chromium): the deck's styles and Inter, and Mermaid with the deck's settings,
 * behind one function the build calls once per diagram and language.
 */
import '../theme/styles.ts';
import type { Diagram, Locale } from '../model/authored.ts';
import { drawDiagram } from './render-diagrams.ts';

declare global {
  interface Window {
    drawDeckDiagram?: (diagram: Diagram, locale: Locale) => Promise<string>;
  }
}

window.drawDeckDiagram = drawDiagram;
