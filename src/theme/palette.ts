/**
 * The palette as data, for what CSS cannot reach: Mermaid's theme variables and class styles,
 * and the pictures' paints (src/pictures/paint.ts).
 * Same names and values as tokens.css; tests/unit/theme/palette.test.ts holds them together.
 */
export const palette = {
  paper: '#FAF7F2',
  ink: '#1B1F24',
  muted: '#4A525C',
  rule: '#D9D2C6',
  night: '#14202B',
  nightInk: '#FAF7F2',
  nightMuted: '#E9DFCF',
  nightRaised: '#233442',
  nightRule: '#3B4D5C',
  external: '#A93F16',
  externalTint: '#F6E3D9',
  externalOnNight: '#F2A77F',
  externalTintOnNight: '#5A3325',
  internal: '#0E6B6B',
  internalTint: '#D9EEEC',
  internalOnNight: '#7FD1CC',
  internalTintOnNight: '#1D4446',
  white: '#FFFFFF',
} as const;
