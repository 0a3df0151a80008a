/**
 * The rounds a room holds, from the deck the presenter shows (ARCHITECTURE.md, The room in the
 * deck): every board slide (kind `matrix`) is a board round, every question slide with a `poll`
 * a poll round, in the cut on screen, so a short cut without the board asks no board round. And
 * what a presenter's control does to a round, for the presenter's window to apply it itself
 * when the room server cannot be reached (src/room/room-host.ts). Pure: no DOM, no socket.
 */
import type { ResolvedDeck } from '../model/resolved.ts';
import { roomLimits, type RoundAction, type RoundSpec, type RoundView } from './protocol.ts';

/** The room's rounds for `deck`, in the order of its slides; at most `roomLimits.maxRounds`. */
export function roundsOf(deck: ResolvedDeck): RoundSpec[] {
  const rounds = deck.slides.flatMap(({ slide }): RoundSpec[] => {
    if (slide.kind === 'matrix') return [{ id: slide.id, kind: 'board' }];
    if (slide.kind === 'question' && slide.poll !== undefined) {
      return [
        {
          id: slide.id,
          kind: 'poll',
          options: slide.poll.options.map((option) => option.id),
          freeText: slide.poll.freeText !== undefined,
        },
      ];
    }
    return [];
  });
  return rounds.slice(0, roomLimits.maxRounds);
}

/** Whether a slide is one the room takes part in. */
export function isRoundSlide(deck: ResolvedDeck, slideId: string): boolean {
  return roundsOf(deck).some((round) => round.id === slideId);
}

/** An empty round as the server starts it: open, hidden, no entries. */
export function emptyRound(spec: RoundSpec): RoundView {
  const state = { accepting: true, revealed: false, count: 0 };
  return spec.kind === 'board'
    ? { id: spec.id, kind: 'board', ...state, entries: [] }
    : { id: spec.id, kind: 'poll', ...state, entries: [] };
}

/** The round after a presenter's action, as the server applies it (src/room/protocol.ts). */
export function applyAction(round: RoundView, action: RoundAction): RoundView {
  switch (action) {
    case 'reveal':
      return { ...round, revealed: true };
    case 'hide':
      return { ...round, revealed: false };
    case 'close':
      return { ...round, accepting: false };
    case 'reopen':
      return { ...round, accepting: true };
    case 'clear':
      return round.kind === 'board'
        ? { ...round, accepting: true, revealed: false, count: 0, entries: [] }
        : { ...round, accepting: true, revealed: false, count: 0, entries: [] };
  }
}

/**
 * The controls that bring the server's round to the state the presenter set while it could
 * not be reached (reveal and close work offline); clear is never replayed, nothing else is.
 */
export function actionsToMatch(
  server: RoundView,
  wanted: { readonly accepting: boolean; readonly revealed: boolean },
): RoundAction[] {
  const actions: RoundAction[] = [];
  if (server.revealed !== wanted.revealed) actions.push(wanted.revealed ? 'reveal' : 'hide');
  if (server.accepting !== wanted.accepting) actions.push(wanted.accepting ? 'reopen' : 'close');
  return actions;
}

/** The action that toggles a round's showing: reveal when hidden, hide when shown. */
export function toggleReveal(round: RoundView): RoundAction {
  return round.revealed ? 'hide' : 'reveal';
}

/** The action that toggles a round's taking of entries: close when open, reopen when closed. */
export function toggleAccepting(round: RoundView): RoundAction {
  return round.accepting ? 'close' : 'reopen';
}
