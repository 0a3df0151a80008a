import type { Text } from '../model/authored.ts';

/** Strings the renderer itself adds to slides (not content), keyed like content text. */
export const uiText = {
  from: { nl: 'Van', en: 'From' },
  to: { nl: 'Naar', en: 'To' },
  shareCaption: { nl: 'Deze presentatie', en: 'This presentation' },
  qrLabel: { nl: 'QR-code naar deze presentatie:', en: 'QR code to this presentation:' },
  downloadPdf: { nl: 'Download de PDF', en: 'Download the PDF' },
} as const satisfies Record<string, Text>;
