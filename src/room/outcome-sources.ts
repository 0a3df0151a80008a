/**
 * Where the deck finds the room's outcome (ARCHITECTURE.md, What the room leaves behind): the
 * address's `?outcome=` wins, else what the presenter's windows stored. Read without the schema:
 * only when there is something here does a view load src/room/outcome-view.ts to check and draw it.
 */
import type { DeckAddress } from '../address/address.ts';
import { storageKeys } from '../address/storage-keys.ts';
import { readStored } from '../deck/browser-storage.ts';

/** The raw outcome sources of this page, or undefined when it has none. */
export function outcomeSourcesOf(
  address: DeckAddress,
  pathname: string,
): { readonly linked: string | undefined; readonly stored: string | null } | undefined {
  const { area, key } = storageKeys.roomOutcome;
  const stored = readStored(area, key(pathname));
  return address.outcome === undefined && stored === null
    ? undefined
    : { linked: address.outcome, stored };
}
