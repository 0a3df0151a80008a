/**
 * The paints a drawing may use, by meaning rather than colour. `src/theme/pictures.css` gives
 * each one its colour on light and on night slides, from the palette tokens, so a picture keeps
 * the deck's colour key wherever it stands: terracotta for the client relationship (external),
 * teal for the organisation's own people and systems (internal), ink and paper for the rest.
 */
export const fill = {
  /** The client relationship, strong. */
  external: 'f-ext',
  /** The client relationship, a soft tint. */
  externalSoft: 'f-ext-soft',
  /** The organisation's people and systems, strong. */
  internal: 'f-int',
  /** The organisation's people and systems, a soft tint. */
  internalSoft: 'f-int-soft',
  /** Objects: white on paper, a raised night on night slides. */
  surface: 'f-surface',
  /** Quiet parts: shelves, sills, details. */
  muted: 'f-muted',
  /** The slide's own background, for holes and gaps. */
  background: 'f-bg',
  /** Lines and dark details: ink on paper, paper on night. */
  line: 'f-line',
  /** Marks set on a strong accent (a sign's letters, an icon in a badge). */
  onAccent: 'f-on-accent',
} as const;

export const stroke = {
  line: 's-line',
  external: 's-ext',
  internal: 's-int',
  muted: 's-muted',
  rule: 's-rule',
  onAccent: 's-on-accent',
} as const;

/** A class attribute's value from paints: `paints(fill.surface, stroke.line)`. */
export function paints(...names: readonly string[]): string {
  return names.join(' ');
}
