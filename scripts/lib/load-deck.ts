/**
 * The deck for Node scripts and tests that work on a built site (PDF export, benchmark,
 * screenshots, browser tests): the one way in (src/model/check-deck.ts) on the content module.
 * The diagram sources are not parsed again here: the build that made dist/ checked them with
 * Mermaid (scripts/vite/deck-content-plugin.ts), and `npm run check:content` does the whole
 * check alone.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Deck } from '../../src/model/authored.ts';
import { diagramSourcesUnchecked, loadDeck, type CheckedDeck } from '../../src/model/check-deck.ts';
import { readBuildSettings } from '../vite/build-settings.ts';

/** The checked deck of the content module the build settings name (slides/index.ts). */
export async function loadBuiltDeck(
  contentModule = readBuildSettings().contentModule,
): Promise<CheckedDeck> {
  const module = (await import(pathToFileURL(resolve(contentModule)).href)) as { deck: Deck };
  return loadDeck(module.deck, diagramSourcesUnchecked);
}
