/**
 * The board's capacity, apart from its state (matrix-state.ts), so the address can bound a
 * board's parameter (src/address/boards.ts) without the board's code on the first slide's path.
 */

/** The most markers a board holds: one per member of a large leadership team. */
export const maxMarkers = 12;
