import type { Locale, SlideContent } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { exerciseMinutes } from '../model/exercise.ts';
import { textIn } from '../model/texts.ts';
import { whenIdleAfterFirstPaint } from '../deck/after-first-paint.ts';
import { lifetime, type Dispose } from '../deck/lifetime.ts';
import { domNames, slideSection } from '../render/dom-names.ts';
import { uiText } from '../render/ui-text.ts';
import type { BoardData } from './matrix/matrix-view.ts';
import { mountTimer, type MountedTimer } from './timer/timer-view.ts';

type MatrixContent = Extract<SlideContent, { kind: 'matrix' }>;

/** The board's data in one language, from its slide. */
function boardData(slide: MatrixContent, locale: Locale, linked: string | undefined): BoardData {
  const t = (text: { nl: string; en: string }): string => textIn(text, locale);
  return {
    id: slide.id,
    linked,
    quadrants: {
      bothStill: t(slide.quadrants.bothStill.title),
      externalOnly: t(slide.quadrants.externalOnly.title),
      internalOnly: t(slide.quadrants.internalOnly.title),
      bothMoving: t(slide.quadrants.bothMoving.title),
    },
    markerLabel: t(uiText.matrixMarker),
    countLabel: t(uiText.matrixCount),
  };
}

export interface MountedWidgets {
  /** Starts or pauses the deck's first discussion timer (the T key); nothing without one. */
  readonly toggleTimer: () => void;
  readonly dispose: Dispose;
}

/**
 * Brings the deck's widgets to life on the rendered slides under `root`: the discussion timers
 * and the self-assessment boards, each with its data from the resolved deck. The boards' code
 * and styles load on demand (only a deck with a board pays for them), after the first paint
 * unless `boardsAtOnce` (the print view needs them before reveal lays out its pages).
 */
export function mountWidgets(
  root: ParentNode,
  deck: ResolvedDeck,
  locale: Locale,
  options: {
    readonly boardsAtOnce: boolean;
    /** The boards' markers in the address (DeckAddress.boards), by board id. */
    readonly linkedBoards: ReadonlyMap<string, string>;
    /**
     * Boards that show the room's outcome (src/room/outcome-view.ts) instead of the laptop's
     * markers: shown, quadrants and axes, but nothing placed or taken there.
     */
    readonly outcomeBoards?: ReadonlySet<string> | undefined;
  },
): MountedWidgets & { readonly boardsReady: Promise<void> } {
  const life = lifetime();
  const timers: MountedTimer[] = [];
  const boards: { layout: HTMLElement; data: BoardData }[] = [];
  for (const { slide } of deck.slides) {
    const section = slideSection(root, slide.id);
    if (section === null) continue;
    // The discussion timer runs for the whole exercise: alone, pairs and plenary.
    if (slide.kind === 'question' && slide.exercise !== undefined) {
      const element = section.querySelector<HTMLElement>(domNames.timer);
      if (element === null) continue;
      const timer = mountTimer(element, {
        // The exercise as the chosen cut gives it (src/model/cut.ts).
        minutes: exerciseMinutes(slide.exercise),
        startLabel: textIn(uiText.timerStart, locale),
        pauseLabel: textIn(uiText.timerPause, locale),
      });
      timers.push(timer);
      life.add(timer.dispose);
    }
    if (slide.kind === 'matrix') {
      const data = boardData(slide, locale, options.linkedBoards.get(slide.id));
      boards.push({ layout: section, data });
    }
  }
  const boardsReady =
    boards.length === 0
      ? Promise.resolve()
      : (async () => {
          if (!options.boardsAtOnce) {
            await new Promise<void>((resolve) => {
              whenIdleAfterFirstPaint(resolve);
            });
          }
          const { mountMatrix, showBoardOnly } = await import('./matrix/matrix-view.ts');
          // A hot reload that came while the code was loading has ended this lifetime.
          if (life.ended) return;
          for (const board of boards) {
            life.add(
              options.outcomeBoards?.has(board.data.id) === true
                ? showBoardOnly(board.layout)
                : mountMatrix(board.layout, board.data),
            );
          }
        })();
  return {
    toggleTimer: () => {
      timers[0]?.toggle();
    },
    boardsReady,
    dispose: () => {
      life.dispose();
    },
  };
}
