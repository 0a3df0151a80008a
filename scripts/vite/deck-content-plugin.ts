/**
 * The deck's content as the browser gets it, checked: the one way in (src/model/check-deck.ts)
 * runs here, in Node, for the build and for the dev server alike.
 *
 * - `virtual:deck` exports `shippedDeck`: the resolved deck without its notes, or, in the dev
 *   server only, every content problem (the page shows them instead of the slides). A build
 *   with content problems fails, listing them all, so a broken deck never ships.
 * - `virtual:deck-cuts` exports `deckCuts`: the cuts' names, the one to open in and each cut's
 *   total time, or undefined for a deck with problems. All the slide show needs before its
 *   first slide works, where the page holds the build's slides (src/main.ts): the deck itself
 *   then loads after reveal.js has started.
 * - `virtual:deck-notes` exports the speaker notes by slide id, apart, so the first slide does
 *   not wait for them (loaded by the speaker view and the reader only); empty when the build
 *   leaves them out (DECK_NOTES=false), so no note reaches dist/.
 *
 * In the dev server, saving any file under the content module's folder checks the deck again
 * and sends both modules to the page, which starts over on the same slide and step
 * (src/deck/lifecycle.ts) or shows the problems.
 */
import { dirname, resolve, sep } from 'node:path';
import type { EnvironmentModuleNode, Plugin } from 'vite';
import type { DeckCheck, ShippedDeck } from '../../src/model/check-deck.ts';
import { buildCut, deckCuts } from '../../src/model/cut.ts';
import { ContentValidationError } from '../../src/model/validate.ts';
import { startDeckChecker, type DeckChecker } from '../lib/deck-checker.ts';
import type { BuildSettings } from './build-settings.ts';

const deckId = 'virtual:deck';
const cutsId = 'virtual:deck-cuts';
const notesId = 'virtual:deck-notes';
const resolvedIds = {
  [deckId]: `\0${deckId}`,
  [cutsId]: `\0${cutsId}`,
  [notesId]: `\0${notesId}`,
} as const;
type VirtualId = keyof typeof resolvedIds;

function isVirtualId(id: string): id is VirtualId {
  return Object.hasOwn(resolvedIds, id);
}

/**
 * What the views get: everything but the notes, and the cut to open in (DECK_CUT); a cut the
 * content does not declare is one more problem, listed with the rest.
 */
function shipped(check: DeckCheck, requestedCut: string | undefined): ShippedDeck {
  if (!check.ok) return { ok: false, errors: check.errors };
  const chosen = buildCut(check.deck.cuts, requestedCut);
  return 'problem' in chosen
    ? { ok: false, errors: [chosen.problem] }
    : { ok: true, deck: check.deck, defaultCut: chosen.cut };
}

/** The plugin, and the deck it checked, for the plugin that prerenders the page (deck-page-plugin.ts). */
export interface DeckContentPlugin extends Plugin {
  /** The current check of the deck (run once per build; again after a save in dev). */
  readonly checkedDeck: () => Promise<DeckCheck>;
}

export function deckContentPlugin(settings: BuildSettings): DeckContentPlugin {
  let root = process.cwd();
  let building = false;
  let checker: DeckChecker | undefined;
  let current: Promise<DeckCheck> | undefined;
  const contentPath = (): string => resolve(root, settings.contentModule);
  const check = (): Promise<DeckCheck> => {
    checker ??= startDeckChecker(root);
    current ??= checker.check(contentPath());
    return current;
  };

  return {
    name: 'deck-content',
    checkedDeck: check,
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    async buildStart() {
      if (!building) return;
      const result = shipped(await check(), settings.cut);
      if (!result.ok) this.error(new ContentValidationError(result.errors).message);
    },
    resolveId(id) {
      return isVirtualId(id) ? resolvedIds[id] : undefined;
    },
    async load(id) {
      if (id === resolvedIds[deckId]) {
        const result = shipped(await check(), settings.cut);
        if (!result.ok) {
          this.environment.logger.error(new ContentValidationError(result.errors).message);
        }
        return `export const shippedDeck = ${JSON.stringify(result)};\n`;
      }
      if (id === resolvedIds[cutsId]) {
        const result = shipped(await check(), settings.cut);
        const cuts = result.ok
          ? JSON.stringify(deckCuts(result.deck, result.defaultCut))
          : 'undefined';
        return `export const deckCuts = ${cuts};\n`;
      }
      if (id === resolvedIds[notesId]) {
        const result = await check();
        const notes = result.ok && settings.notes ? result.notes : {};
        return `export const notes = ${JSON.stringify(notes)};\n`;
      }
      return undefined;
    },
    hotUpdate({ file }) {
      if (this.environment.name !== 'client') return undefined;
      const contentDir = dirname(contentPath()) + sep;
      if (!file.startsWith(contentDir)) return undefined;
      // Check again on the next load; the page re-imports the deck and its notes. The cuts
      // are read once, at the page's start (src/main.ts): loaded again on the next reload, never
      // sent, or the page would reload instead of starting over on the same slide.
      current = undefined;
      const { moduleGraph } = this.environment;
      const cuts = moduleGraph.getModuleById(resolvedIds[cutsId]);
      if (cuts !== undefined) moduleGraph.invalidateModule(cuts);
      const modules = [resolvedIds[deckId], resolvedIds[notesId]]
        .map((id) => moduleGraph.getModuleById(id))
        .filter((module): module is EnvironmentModuleNode => module !== undefined);
      for (const module of modules) moduleGraph.invalidateModule(module);
      return modules;
    },
    async closeBundle() {
      await checker?.close();
      checker = undefined;
      current = undefined;
    },
  };
}
