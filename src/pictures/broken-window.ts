import type { PictureDrawing } from './drawing.ts';

/**
 * Het raam: a cracked shop window with the sign already saying open. The sign is the client's
 * business (terracotta): tonight it has to open, whatever the glass looks like.
 */
export const brokenWindow: PictureDrawing = {
  alt: {
    nl: 'Tekening: een gebarsten etalageraam, met het bordje ‘Open’ erachter.',
    en: 'Drawing: a cracked shop window, with an ‘Open’ sign behind it.',
  },
  viewBox: '0 0 480 410',
  markup: ({ fill: f, stroke: s }) =>
    [
      // The glass in its frame, with two glints.
      `<rect ${f.surface} ${s.line} stroke-width="12" x="58" y="40" width="364" height="320" rx="6"/>`,
      `<path ${s.rule} stroke-width="8" d="M92 300 L150 242 M92 340 L190 242"/>`,
      // The sign, hanging from its hook.
      `<path ${s.line} stroke-width="4" d="M104 150 L162 96 L220 150"/>`,
      `<circle ${f.line} cx="162" cy="96" r="7"/>`,
      `<rect ${f.external} x="92" y="146" width="140" height="60" rx="10"/>`,
      `<text ${f.onAccent} font-family="Inter, system-ui, sans-serif" font-size="34" font-weight="700" letter-spacing="2.7" x="162" y="188" text-anchor="middle">OPEN</text>`,
      // The crack: a ring round the point of impact and lines running out to the frame.
      `<path ${s.line} stroke-width="4" d="M292 238 L340 190 L370 178 L416 124 M292 238 L358 258 L416 268 M292 238 L304 296 L330 354 M292 238 L244 276 L214 326 L196 354 M292 238 L262 200 L254 150 L232 46 M292 238 L326 222 L372 226"/>`,
      `<path ${s.line} stroke-width="3" d="M272 222 L300 210 L316 236 L300 258 L270 250 Z"/>`,
      // The sill, with two shards on it.
      `<rect ${f.muted} x="36" y="366" width="408" height="22" rx="4"/>`,
      `<path ${f.surface} ${s.line} stroke-width="3" d="M296 366 L314 346 L326 366 Z M344 366 L352 354 L362 366 Z"/>`,
    ].join(''),
};
