import type { PictureDrawing } from './drawing.ts';
import type { Paint } from './paint.ts';

/** A badge of the insurer's own (teal): knowledge, network or service organisation. */
function badge(cx: number, cy: number, icon: string, { fill: f }: Paint): string {
  return `<circle ${f.internal} cx="${cx}" cy="${cy}" r="50"/>${icon}`;
}

/** Knowledge: an open book. */
const book = ({ stroke: s }: Paint): string =>
  `<path ${s.onAccent} stroke-width="5" d="M96 114 q-16-8-30-2 v40 q14-6 30 2 q16-8 30-2 v-40 q-14-6-30 2 Z M96 114 V154"/>`;

/** Network: three people-dots, linked. */
const network = ({
  fill: f,
  stroke: s,
}: Paint): string => `<path ${s.onAccent} stroke-width="5" d="M222 64 L258 64 L240 96 Z"/>
<circle ${f.onAccent} cx="222" cy="64" r="10"/><circle ${f.onAccent} cx="258" cy="64" r="10"/><circle ${f.onAccent} cx="240" cy="96" r="10"/>`;

/** Service organisation: a service bell. */
const bell = ({
  fill: f,
  stroke: s,
}: Paint): string => `<path ${f.onAccent} d="M358 144 A26 26 0 0 1 410 144 Z"/>
<path ${s.onAccent} stroke-width="6" d="M350 152 H418"/><circle ${f.onAccent} cx="384" cy="112" r="5"/>`;

/** The awning's stripes and scallops, alternating the client's two tones. */
function awning({ fill: f }: Paint): string {
  const stripes: string[] = [];
  for (let i = 0; i < 5; i++) {
    const x = 128 + i * 46;
    const paint = i % 2 === 0 ? f.external : f.externalSoft;
    stripes.push(`<rect ${paint} x="${x}" y="272" width="46" height="32"/>`);
    stripes.push(`<path ${paint} d="M${x} 303 a23 20 0 0 0 46 0 Z"/>`);
  }
  return stripes.join('');
}

/**
 * De doorbraak: the insurer's knowledge, network and service organisation (teal, its own people
 * and systems) put to work for the restaurant (terracotta, the client's world).
 */
export const breakthrough: PictureDrawing = {
  alt: {
    nl: 'Tekening: kennis, netwerk en service van de verzekeraar, met lijnen naar een restaurant.',
    en: 'Drawing: the insurer’s knowledge, network and service, with lines to a restaurant.',
  },
  viewBox: '0 0 480 470',
  markup: (paint) => {
    const { fill: f, stroke: s } = paint;
    return [
      // The lines from what the insurer has to what the restaurant needs.
      `<path ${s.internal} stroke-width="5" stroke-dasharray="4 12" d="M120 176 Q150 236 178 266 M240 148 V262 M360 176 Q330 236 302 266"/>`,
      badge(96, 132, book(paint), paint),
      badge(240, 96, network(paint), paint),
      badge(384, 132, bell(paint), paint),
      // The restaurant: its front, window, door and awning.
      `<rect ${f.surface} ${s.line} stroke-width="4" x="142" y="300" width="196" height="142"/>`,
      `<rect ${f.background} ${s.line} stroke-width="4" x="162" y="334" width="58" height="52" rx="4"/>`,
      `<rect ${f.muted} x="250" y="346" width="66" height="96" rx="4"/>`,
      awning(paint),
      `<path ${s.muted} stroke-width="5" d="M40 444 H440"/>`,
    ].join('');
  },
};
