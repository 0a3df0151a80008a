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
  type MarkerPosition,
  type MatrixState,
} from './matrix-state.ts';
import { readStored, storageArea, writeStored } from '../../deck/browser-storage.ts';
import { fillIn } from '../../render/ui-text.ts';
import { addressWithMatrix, loadMatrix, matrixStorageKey } from './matrix-store.ts';

/**
 * Brings the self-assessment boards on the slides to life (their markup comes from the matrix
 * renderer): markers placed by click, tap or keyboard, dragged by pointer, kept in local
 * storage and the address. Keys are taken only while the board or a marker has focus, and
 * never PageUp/PageDown, so a clicker keeps working. Returns a function that stops them all.
 */
export function mountMatrices(root: ParentNode): () => void {
  const stops = [...root.querySelectorAll<HTMLElement>('.matrix[data-matrix-id]')].map((element) =>
    mountMatrix(element),
  );
  return () => {
    stops.forEach((stop) => {
      stop();
    });
  };
}

const arrows: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

function mountMatrix(element: HTMLElement): () => void {
  const boardId = element.dataset.matrixId ?? '';
  const plane = element.querySelector<HTMLElement>('.matrix-plane');
  const layout = element.closest('.layout-matrix') ?? element;
  const count = layout.querySelector<HTMLElement>('.matrix-count');
  const resetButton = layout.querySelector<HTMLButtonElement>('.matrix-reset');
  if (plane === null) return () => undefined;
  const storageKey = matrixStorageKey(boardId, window.location.pathname);
  const quadrantNames = new Map(
    [...element.querySelectorAll<HTMLElement>('[data-quadrant]')].map((quadrant) => [
      quadrant.dataset.quadrant,
      quadrant.textContent.trim(),
    ]),
  );
  const markerLabel = element.dataset.labelMarker ?? 'Marker {n}: {where}';
  const countLabel = element.dataset.labelCount ?? '{n} / {max}';

  const warn = (message: string): void => {
    console.warn(message);
  };
  let state: MatrixState = loadMatrix(boardId, {
    search: window.location.search,
    stored: readStored('localStorage', storageKey),
    warn,
  });

  const draw = (focusIndex?: number): void => {
    const markers = state.map((position, i) => {
      const marker = document.createElement('button');
      marker.type = 'button';
      marker.className = 'matrix-marker';
      marker.dataset.matrixMarker = String(i + 1);
      marker.textContent = String(i + 1);
      marker.style.left = `${position.x}%`;
      marker.style.bottom = `${position.y}%`;
      marker.setAttribute(
        'aria-label',
        fillIn(markerLabel, { n: i + 1, where: quadrantNames.get(quadrantOf(position)) ?? '' }),
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
    writeStored('localStorage', storageKey, state.length === 0 ? null : serializeMatrix(state));
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
    const marker = (target as HTMLElement | null)?.closest<HTMLElement>('.matrix-marker');
    return marker === null || marker === undefined ? -1 : Number(marker.dataset.matrixMarker) - 1;
  };

  let dragging: { index: number; pointerId: number } | undefined;
  // With the pointer captured, the click that ends a drag lands on the board: not a new marker.
  let dragJustEnded = false;
  const onPointerDown = (event: PointerEvent): void => {
    dragJustEnded = false;
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
    if (event.key !== storageKey || event.storageArea !== storageArea('localStorage')) return;
    state = loadMatrix(boardId, { search: '', stored: event.newValue, warn });
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
