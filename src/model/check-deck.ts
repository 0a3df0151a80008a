import type { Deck, DeckNotes } from './authored.ts';
import type { ResolvedDeck } from './resolved.ts';
import { resolveDeck } from './resolve.ts';
import { ContentValidationError, validateDeck, type ContentError } from './validate.ts';

/**
 * Checks every diagram source with Mermaid itself (src/diagrams/validate-sources.ts). Mermaid
 * needs a DOM, so in Node it runs in a worker of its own (scripts/lib/deck-checker.ts).
 */
export type DiagramSourceCheck = (deck: Deck) => Promise<ContentError[]>;

/**
 * For tests of mechanics that do not draw diagrams: the sources are not looked at. Named, so
 * every call site that skips the Mermaid check says so.
 */
export const diagramSourcesUnchecked: DiagramSourceCheck = () => Promise.resolve([]);

/** A deck that passed every check: ready to render, with its notes apart. */
export interface CheckedDeck {
  readonly deck: ResolvedDeck;
  readonly notes: DeckNotes;
}

/** What the one way into a deck gives: the checked deck, or every problem it has. */
export type DeckCheck =
  | ({ readonly ok: true } & CheckedDeck)
  | { readonly ok: false; readonly errors: readonly ContentError[] };

/**
 * The deck as the browser gets it (`virtual:deck`, scripts/vite/deck-content-plugin.ts): checked
 * and resolved, without its notes. Only the dev server ever ships the problems instead: a build
 * with problems fails.
 */
export type ShippedDeck =
  | {
      readonly ok: true;
      /** The whole deck, every cut in it: the page applies one (src/model/cut.ts). */
      readonly deck: ResolvedDeck;
      /** The cut the page opens in unless its address chooses another (DECK_CUT). */
      readonly defaultCut: string;
    }
  | { readonly ok: false; readonly errors: readonly ContentError[] };

/**
 * The one way into a deck (ARCHITECTURE.md, "One way in"): validates the authored deck (kinds,
 * ids, texts, notes, minutes, steps, diagrams' sources with Mermaid) and resolves it, or
 * returns every problem at once, located by file, slide and field. The build, `npm run
 * check:content`, the dev server's error panel and its hot reload all come through here, so
 * they can never disagree about what a good deck is. Never throws on bad content.
 */
export async function checkDeck(
  authored: Deck,
  diagramSources: DiagramSourceCheck,
): Promise<DeckCheck> {
  const errors = validateDeck(authored);
  // A source that Mermaid cannot read is one more located problem, listed with the rest.
  errors.push(...(await diagramSources(authored)));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, ...resolveDeck(authored) };
}

/** `checkDeck` for scripts and tests that stop at the first bad deck: throws every problem. */
export async function loadDeck(
  authored: Deck,
  diagramSources: DiagramSourceCheck,
): Promise<CheckedDeck> {
  const check = await checkDeck(authored, diagramSources);
  if (!check.ok) throw new ContentValidationError(check.errors);
  return { deck: check.deck, notes: check.notes };
}
