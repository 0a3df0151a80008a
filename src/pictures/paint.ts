import { palette } from '../theme/palette.ts';

/**
 * What a drawing paints with, by meaning rather than colour. Resolved here to the palette for
 * the slide's ground (paper or night), so a picture keeps the deck's colour key wherever it
 * stands: terracotta for the client relationship (external), teal for the organisation's own
 * people and systems (internal), ink and paper for the rest. Drawings never name a colour.
 *
 * The colours are written as SVG attributes, not CSS classes: the pictures then need no
 * stylesheet before the first slide (its byte budget is tight), and look the same wherever the
 * markup goes (print, previews, the reader).
 */
export type FillRole =
  /** The client relationship, strong. */
  | 'external'
  /** The client relationship, a soft tint. */
  | 'externalSoft'
  /** The organisation's people and systems, strong. */
  | 'internal'
  /** The organisation's people and systems, a soft tint. */
  | 'internalSoft'
  /** Objects: white on paper, a raised night on night slides. */
  | 'surface'
  /** Quiet parts: shelves, sills, details. */
  | 'muted'
  /** The slide's own background, for holes and gaps. */
  | 'background'
  /** Lines and dark details: ink on paper, paper on night. */
  | 'line'
  /** Marks set on a strong accent (a sign's letters, an icon in a badge). */
  | 'onAccent';

export type StrokeRole = 'line' | 'external' | 'internal' | 'muted' | 'rule' | 'onAccent';

/** Where a picture stands: the light slides' paper, or the night of statements and questions. */
export type Ground = 'paper' | 'night';

const colours: Readonly<Record<Ground, Readonly<Record<FillRole, string>>>> = {
  paper: {
    external: palette.external,
    externalSoft: palette.externalTint,
    internal: palette.internal,
    internalSoft: palette.internalTint,
    surface: palette.white,
    muted: palette.muted,
    background: palette.paper,
    line: palette.ink,
    onAccent: palette.white,
  },
  night: {
    external: palette.externalOnNight,
    externalSoft: palette.externalTintOnNight,
    internal: palette.internalOnNight,
    internalSoft: palette.internalTintOnNight,
    surface: palette.nightRaised,
    muted: palette.nightMuted,
    background: palette.night,
    line: palette.nightInk,
    onAccent: palette.night,
  },
};

const ruleColours: Readonly<Record<Ground, string>> = {
  paper: palette.rule,
  night: palette.nightRule,
};

/** The paints a drawing gets: each role as a ready SVG attribute (`fill="#A93F16"`). */
export interface Paint {
  readonly fill: Readonly<Record<FillRole, string>>;
  readonly stroke: Readonly<Record<StrokeRole, string>>;
}

/** The colour of each role on a ground. */
export function colourOf(ground: Ground, role: FillRole | 'rule'): string {
  return role === 'rule' ? ruleColours[ground] : colours[ground][role];
}

/** The paints for a ground. */
export function paintFor(ground: Ground): Paint {
  const attribute = (name: string, role: FillRole | 'rule'): string =>
    `${name}="${colourOf(ground, role)}"`;
  const fillRoles = Object.keys(colours[ground]) as FillRole[];
  const strokeRoles: readonly StrokeRole[] = [
    'line',
    'external',
    'internal',
    'muted',
    'rule',
    'onAccent',
  ];
  return {
    fill: Object.fromEntries(fillRoles.map((role) => [role, attribute('fill', role)])) as Record<
      FillRole,
      string
    >,
    stroke: Object.fromEntries(
      strokeRoles.map((role) => [role, attribute('stroke', role)]),
    ) as Record<StrokeRole, string>,
  };
}
