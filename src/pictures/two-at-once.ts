import type { PictureDrawing } from './drawing.ts';

/** A gear: its centre, pitch radius and tooth count, and the angle of one tooth. */
interface Gear {
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly teeth: number;
  readonly phase: number;
}

const toothDepth = 14;
const round = (n: number): string => n.toFixed(1);

/** The gear's outline as a path: flat-topped teeth on a root circle. */
function gearPath({ cx, cy, radius, teeth, phase }: Gear): string {
  const outer = radius + toothDepth;
  const root = radius - toothDepth;
  const pitch = (2 * Math.PI) / teeth;
  const at = (r: number, angle: number): string =>
    `${round(cx + r * Math.cos(angle))} ${round(cy + r * Math.sin(angle))}`;
  const parts: string[] = [];
  for (let i = 0; i < teeth; i++) {
    const mid = phase + i * pitch;
    parts.push(
      `${i === 0 ? 'M' : 'L'}${at(root, mid - 0.3 * pitch)}`,
      `L${at(outer, mid - 0.17 * pitch)}`,
      `L${at(outer, mid + 0.17 * pitch)}`,
      `L${at(root, mid + 0.3 * pitch)}`,
      `A${round(root)} ${round(root)} 0 0 1 ${at(root, mid + 0.7 * pitch)}`,
    );
  }
  return `${parts.join(' ')} Z`;
}

/**
 * Two gears that mesh: the same tooth size (pitch radius per tooth), centres one pitch radius
 * apart, and the small gear turned half a tooth so a gap faces the big gear's tooth.
 */
function meshingGears(): readonly [Gear, Gear] {
  const perTooth = 9.6;
  const big = { cx: 168, cy: 292, teeth: 12 };
  const small = { teeth: 8 };
  const bigRadius = big.teeth * perTooth;
  const smallRadius = small.teeth * perTooth;
  const towards = -Math.PI / 5;
  const distance = bigRadius + smallRadius;
  return [
    { ...big, radius: bigRadius, phase: towards },
    {
      cx: big.cx + distance * Math.cos(towards),
      cy: big.cy + distance * Math.sin(towards),
      radius: smallRadius,
      teeth: small.teeth,
      phase: towards + Math.PI + Math.PI / small.teeth,
    },
  ];
}

function gear(g: Gear, paint: string, soft: string, background: string): string {
  return (
    `<path ${paint} d="${gearPath(g)}"/>` +
    `<circle ${soft} cx="${round(g.cx)}" cy="${round(g.cy)}" r="${round(g.radius * 0.5)}"/>` +
    `<circle ${background} cx="${round(g.cx)}" cy="${round(g.cy)}" r="${round(g.radius * 0.22)}"/>`
  );
}

const [clientGear, organisationGear] = meshingGears();

/**
 * Twee dingen tegelijk: two gears in mesh, the client relationship (terracotta) and the
 * organisation's own people and systems (teal). One cannot turn without the other.
 */
export const twoAtOnce: PictureDrawing = {
  alt: {
    nl: 'Tekening: twee tandwielen die in elkaar grijpen, een voor de klantrelatie en een voor de eigen organisatie.',
    en: 'Drawing: two gears in mesh, one for the client relationship and one for the organisation itself.',
  },
  viewBox: '0 0 480 470',
  markup: ({ fill: f }) =>
    gear(clientGear, f.external, f.externalSoft, f.background) +
    gear(organisationGear, f.internal, f.internalSoft, f.background),
};
