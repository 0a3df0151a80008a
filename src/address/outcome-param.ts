/**
 * The room's outcome in the address (`?outcome=`, src/room/outcome-link.ts writes and reads
 * it): its name and bounds, apart from the decoding, so the address parser stays free of the
 * schema library and the first slide's script does not carry it (ARCHITECTURE.md, Budgets).
 */

/** The query parameter that carries the outcome. */
export const outcomeParam = 'outcome';

/**
 * The longest `outcome` value the address accepts. A link for sharing stays under 6000
 * characters (`maxOutcomeLinkLength` in src/room/outcome-link.ts, texts dropped from its end);
 * the print pages of `npm run pdf -- --result <file>` get the whole file, every text, which for
 * 70 people writing the longest texts the room takes is still under this. A longer value is not
 * one the deck wrote, would be decoded for nothing, and would make every link built from this
 * address long.
 */
export const maxOutcomeParamLength = 32_000;

/** base64url, as the deck writes it: letters, digits, `-` and `_`, no padding. */
export const outcomeValuePattern = /^[A-Za-z0-9_-]+$/;
