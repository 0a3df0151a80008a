import type { PictureDrawing } from './drawing.ts';
import type { Paint } from './paint.ts';

/** A bottle on the back shelf, standing on y = 112. */
function bottle(x: number, fill: string, { stroke: s }: Paint): string {
  return `<path ${fill} ${s.line} stroke-width="4" d="M${x - 17} 112 V66 q0-12 11-16 V30 h12 v20 q11 4 11 16 V112 Z"/>`;
}

/** A glass of beer on the counter, centred on x. */
function glass(x: number, { fill: f, stroke: s }: Paint): string {
  return (
    `<path ${f.surface} ${s.line} stroke-width="4" d="M${x - 19} 256 H${x + 19} L${x + 15} 318 H${x - 15} Z"/>` +
    `<path ${f.externalSoft} d="M${x - 15} 272 H${x + 15} L${x + 12.5} 314 H${x - 12.5} Z"/>`
  );
}

/**
 * Achter de bar: someone of the insurer's own (teal, the organisation's people) standing behind
 * the restaurant's bar (terracotta, the client's world). Both movements in one picture.
 */
export const bar: PictureDrawing = {
  alt: {
    nl: 'Tekening: iemand staat achter de bar van een restaurant, tussen de tap en de glazen.',
    en: 'Drawing: someone stands behind a restaurant bar, between the tap and the glasses.',
  },
  viewBox: '0 0 480 470',
  markup: (paint) => {
    const { fill: f, stroke: s } = paint;
    return [
      // The back shelf and its bottles.
      bottle(96, f.externalSoft, paint),
      bottle(146, f.internalSoft, paint),
      bottle(330, f.surface, paint),
      bottle(380, f.externalSoft, paint),
      `<rect ${f.muted} x="56" y="112" width="368" height="12" rx="4"/>`,
      // The person behind the bar.
      `<path ${f.internal} d="M168 330 C168 286 196 266 240 266 C284 266 312 286 312 330 Z"/>`,
      `<circle ${f.surface} ${s.line} stroke-width="5" cx="240" cy="214" r="40"/>`,
      `<path ${s.line} stroke-width="5" d="M222 228 q18 14 36 0"/>`,
      // The beer tap.
      `<rect ${f.muted} x="346" y="262" width="30" height="56" rx="4"/>`,
      `<path ${s.line} stroke-width="8" d="M361 262 V246 h-22 v16"/>`,
      `<rect ${f.line} x="353" y="200" width="16" height="48" rx="6"/>`,
      glass(118, paint),
      glass(168, paint),
      // The counter: the client's bar.
      `<rect ${f.external} x="28" y="318" width="424" height="26" rx="6"/>`,
      `<rect ${f.externalSoft} x="48" y="344" width="384" height="100"/>`,
      `<path ${s.external} stroke-width="5" d="M176 344 V444 M304 344 V444"/>`,
      `<path ${s.muted} stroke-width="5" d="M16 446 H464"/>`,
    ].join('');
  },
};
