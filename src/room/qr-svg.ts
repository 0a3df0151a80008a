/**
 * A QR code as an SVG element, built with DOM calls from the code's modules (the `qrcode`
 * package's `create`), never from markup: the room's join address ends up as black squares and
 * nothing else. Loaded on demand with the join card (room-screen.ts): a deck without a room
 * never fetches it.
 */
import QRCode from 'qrcode';
import { palette } from '../theme/palette.ts';

const svgNamespace = 'http://www.w3.org/2000/svg';

/** The QR code of `text`, with a quiet zone of `margin` modules, in the deck's ink on its paper (SVG attributes: CSS variables do not reach them). */
export function qrSvg(text: string, label: string, margin = 2): SVGSVGElement {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + margin * 2;
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(svgNamespace, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', palette.paper);
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) path += `M${column + margin} ${row + margin}h1v1h-1z`;
    }
  }
  const dark = document.createElementNS(svgNamespace, 'path');
  dark.setAttribute('d', path);
  dark.setAttribute('fill', palette.ink);
  svg.append(background, dark);
  return svg;
}
