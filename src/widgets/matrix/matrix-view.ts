import './matrix.css';
import {
  arrowStep,
  maxMarkers,
  moveMarkerBy,
  moveMarkerTo,
  placeMarker,
  quadrantOf,
  removeMarker,
  serializeMatrix,
  type QuadrantName,
  type MarkerPosition,
  type MatrixState,
} from './matrix-state.ts';
import { readStored, storageArea, writeStored } from '../../deck/browser-storage.ts';
import { fillIn } from '../../render/ui-text.ts';
import { addressWithMatrix, loadMatrix, matrixStorageKey } from './matrix-store.ts';
import type { Dispose } from '../../deck/lifetime.ts';
import { domClasses, domNames } from '../../render/dom-names.ts';
import { storageKeys } from '../../address/storage-keys.ts';

/** What a board needs to come to life, from the resolved deck (src/widgets/mount-widgets.ts). */
export interface BoardData {
  /** The slide's id: the board's name in the address and in storage. */
  readonly id: string;
  /** The quadrants' titles, for the markers' spoken names. */
  readonly quadrants: Readonly<Record<QuadrantName, string>>;
  /** The board's markers in the address, as the address parser kept them (src/address). */
  readonly linked: string | undefined;
  /** `Marker {n}: {where}` and `{n} of {max} markers`, in the deck's language. */
  readonly markerLabel: string;
  readonly countLabel: string;
}

const arrows: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * Shows a board without markers or tools of its own: quadrants and axes only, for the room's
 * outcome to be drawn on (src/room/outcome-view.ts). The laptop's markers in storage or the
 * address stay where they are, unshown; nothing can be placed, so the picture is the room's.
 */
export function showBoardOnly(layout: HTMLElement): Dispose {
  const element = layout.querySelector<HTMLElement>(domNames.matrix);
  const plane = element?.querySelector<HTMLElement>(domNames.matrixPlane) ?? null;
  const resetButton = layout.querySelector<HTMLButtonElement>(domNames.matrixReset);
  if (element === null || plane === null) return () => undefined;
  // Not a control any more: no focus stop, no instructions to click.
  const removed = ['role', 'tabindex', 'aria-label'].map(
    (name) => [name, plane.getAttribute(name)] as const,
  );
  for (const [name] of removed) plane.removeAttribute(name);
  plane.style.cursor = 'default';
  if (resetButton !== null) resetButton.hidden = true;
  element.dataset.matrixReady = '';
  return () => {
    for (const [name, value] of removed) if (value !== null) plane.setAttribute(name, value);
    plane.style.removeProperty('cursor');
    if (resetButton !== null) resetButton.hidden = false;
    delete element.dataset.matrixReady;
  };
}

/**
 * Brings one self-assessment board to life (its markup comes from the matrix renderer):
 * markers placed by click, tap or keyboard, dragged by pointer, kept in local storage and the
 * address. Keys are taken only while the board or a marker has focus, and never
 * PageUp/PageDown, so a clicker keeps working. Returns a function that stops it.
 */
export function mountMatrix(layout: HTMLElement, board: BoardData): Dispose {
  const element = layout.querySelector<HTMLElement>(domNames.matrix);
  const plane = element?.querySelector<HTMLElement>(domNames.matrixPlane) ?? null;
  const count = layout.querySelector<HTMLElement>(domNames.matrixCount);
  const resetButton = layout.querySelector<HTMLButtonElement>(domNames.matrixReset);
  if (element === null || plane === null) return () => undefined;
  const boardId = board.id;
  const storageKey = matrixStorageKey(boardId, window.location.pathname);
  const { markerLabel, countLabel } = board;

  const warn = (message: string): void => {
    console.warn(message);
  };
  let state: MatrixState = loadMatrix(boardId, {
    linked: board.linked,
    stored: readStored(storageKeys.board.area, storageKey),
    warn,
  });

  const draw = (focusIndex?: number): void => {
    const markers = state.map((position, i) => {
      const marker = document.createElement('button');
      marker.type = 'button';
      marker.className = domClasses.matrixMarker;
      marker.dataset.matrixMarker = String(i + 1);
      marker.textContent = String(i + 1);
      marker.style.left = `${position.x}%`;
      marker.style.bottom = `${position.y}%`;
      marker.setAttribute(
        'aria-label',
        fillIn(markerLabel, { n: i + 1, where: board.quadrants[quadrantOf(position)] }),
      );
      return marker;
    });
    plane.replaceChildren(...markers);
    element.dataset.matrixMarkers = String(state.length);
    element.classList.toggle('is-full', state.length >= maxMarkers);
    if (count !== null)
      count.textContent = fillIn(countLabel, { n: state.length, max: maxMarkers });
    if (resetButton !== null) resetButton.disabled = state.length === 0;
    if (focusIndex !== undefined) (markers[focusIndex] ?? plane).focus();
  };

  const update = (next: MatrixState, focusIndex?: number): void => {
    state = next;
    writeStored(
      storageKeys.board.area,
      storageKey,
      state.length === 0 ? null : serializeMatrix(state),
    );
    // replaceState keeps reveal's hash (the slide) and adds no history entry per marker.
    window.history.replaceState(
      window.history.state,
      '',
      addressWithMatrix(window.location.href, boardId, state),
    );
    draw(focusIndex);
  };

  const positionOf = (event: PointerEvent | MouseEvent): MarkerPosition => {
    // The rectangle is on screen, after reveal's scaling, like the pointer.
    const rect = plane.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * 100,
      y: ((rect.bottom - event.clientY) / rect.height) * 100,
    };
  };
  const indexOf = (target: EventTarget | null): number => {
    const marker = (target as HTMLElement | null)?.closest<HTMLElement>(domNames.matrixMarker);
    return marker === null || marker === undefined ? -1 : Number(marker.dataset.matrixMarker) - 1;
  };

  // While a room runs on this board, the phones place and this board takes no markers of its
  // own (src/room/room-screen.ts sets the attribute); without a room it works as always.
  const roomRuns = (): boolean => element.dataset.room !== undefined;

  let dragging: { index: number; pointerId: number } | undefined;
  // With the pointer captured, the click that ends a drag lands on the board: not a new marker.
  let dragJustEnded = false;
  const onPointerDown = (event: PointerEvent): void => {
    dragJustEnded = false;
    if (roomRuns()) return;
    const index = indexOf(event.target);
    if (index < 0) return;
    dragging = { index, pointerId: event.pointerId };
    plane.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent): void => {
    if (dragging?.pointerId !== event.pointerId) return;
    state = moveMarkerTo(state, dragging.index, positionOf(event));
    const marker = plane.children[dragging.index] as HTMLElement | undefined;
    const position = state[dragging.index];
    if (marker !== undefined && position !== undefined) {
      marker.style.left = `${position.x}%`;
      marker.style.bottom = `${position.y}%`;
    }
  };
  const onPointerUp = (event: PointerEvent): void => {
    if (dragging?.pointerId !== event.pointerId) return;
    const { index } = dragging;
    dragging = undefined;
    dragJustEnded = true;
    update(state, index);
  };
  const onClick = (event: MouseEvent): void => {
    if (roomRuns()) return;
    // A click on a marker belongs to the marker (focus, or the end of a drag).
    if (dragJustEnded || event.target !== plane) {
      dragJustEnded = false;
      return;
    }
    // The new marker takes focus, so the arrow keys fine-tune it right away.
    const next = placeMarker(state, positionOf(event));
    update(next, next === state ? undefined : next.length - 1);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (roomRuns()) return;
    const index = indexOf(event.target);
    const onPlane = event.target === plane;
    let handled = true;
    const arrow = arrows[event.key];
    if (onPlane && event.key === 'Enter') {
      const next = placeMarker(state, { x: 50, y: 50 });
      update(next, next.length - 1);
    } else if (index >= 0 && arrow !== undefined) {
      const step = event.shiftKey ? 1 : arrowStep;
      update(moveMarkerBy(state, index, arrow[0] * step, arrow[1] * step), index);
    } else if (index >= 0 && (event.key === 'Delete' || event.key === 'Backspace')) {
      update(removeMarker(state, index));
      plane.focus();
    } else if (index >= 0 && (event.key === 'Enter' || event.key === 'Escape')) {
      // The marker is placed: back to the board, ready for the next one.
      plane.focus();
    } else if (index >= 0 && event.key === ' ') {
      // Space on a marker would press the button; reveal would take it as "next".
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const onReset = (): void => {
    update([]);
    plane.focus();
  };
  // Another window of the deck (the speaker view's previews, a second tab) changed the board.
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== storageKey || event.storageArea !== storageArea(storageKeys.board.area))
      return;
    state = loadMatrix(boardId, { linked: undefined, stored: event.newValue, warn });
    draw();
  };

  // One signal removes every listener when the board is stopped (a hot reload re-renders it).
  const listening = new AbortController();
  const { signal } = listening;
  plane.addEventListener('pointerdown', onPointerDown, { signal });
  plane.addEventListener('pointermove', onPointerMove, { signal });
  plane.addEventListener('pointerup', onPointerUp, { signal });
  plane.addEventListener('pointercancel', onPointerUp, { signal });
  plane.addEventListener('click', onClick, { signal });
  element.addEventListener('keydown', onKeyDown, { signal });
  resetButton?.addEventListener('click', onReset, { signal });
  window.addEventListener('storage', onStorage, { signal });
  draw();
  element.dataset.matrixReady = '';
  return () => {
    listening.abort();
  };
}
