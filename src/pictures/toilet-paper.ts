import type { PictureDrawing } from './drawing.ts';

/**
 * Toiletpapier: a big roll beside a small policy sheet on one shelf, so the sizes compare. The
 * article gives no amounts, so the picture gives none either: only which is bigger.
 */
export const toiletPaper: PictureDrawing = {
  alt: {
    nl: 'Tekening: een grote rol toiletpapier naast een klein polisblad.',
    en: 'Drawing: a large roll of toilet paper beside a small insurance policy.',
  },
  viewBox: '0 0 480 470',
  markup: ({ fill: f, stroke: s }) =>
    [
      // The roll: body, the perforations round it, its top with the core.
      `<path ${f.surface} ${s.line} stroke-width="5" d="M56 110 V390 A124 36 0 0 0 304 390 V110 Z"/>`,
      `<path ${s.muted} stroke-width="4" stroke-dasharray="12 10" d="M56 200 A124 36 0 0 0 304 200 M56 296 A124 36 0 0 0 304 296"/>`,
      `<ellipse ${f.surface} ${s.line} stroke-width="5" cx="180" cy="110" rx="124" ry="36"/>`,
      `<ellipse ${f.externalSoft} ${s.line} stroke-width="4" cx="180" cy="110" rx="42" ry="13"/>`,
      `<ellipse ${f.line} cx="180" cy="110" rx="26" ry="7"/>`,
      // The policy: a small sheet with a folded corner and a few lines of small print.
      `<path ${f.surface} ${s.line} stroke-width="4" d="M350 330 H408 L428 350 V426 H350 Z"/>`,
      `<path ${s.line} stroke-width="3" d="M408 330 V350 H428"/>`,
      `<path ${s.muted} stroke-width="4" d="M362 366 H416 M362 382 H416 M362 398 H400"/>`,
      // One shelf under both.
      `<path ${s.muted} stroke-width="5" d="M16 428 H464"/>`,
    ].join(''),
};
