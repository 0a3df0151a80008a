import type { Text } from '../model/authored.ts';

/** Strings the renderer itself adds to slides (not content), keyed like content text. */
export const uiText = {
  from: { nl: 'Van', en: 'From' },
  to: { nl: 'Naar', en: 'To' },
  shareCaption: { nl: 'Deze presentatie', en: 'This presentation' },
  qrLabel: { nl: 'QR-code naar deze presentatie:', en: 'QR code to this presentation:' },
  downloadPdf: { nl: 'Download de PDF', en: 'Download the PDF' },
  timer: { nl: 'Gesprekstimer', en: 'Discussion timer' },
  timerStart: { nl: 'Start', en: 'Start' },
  timerPause: { nl: 'Pauze', en: 'Pause' },
  timerReset: { nl: 'Opnieuw', en: 'Reset' },
  // The spoken name starts with the visible text (WCAG 2.5.3, label in name).
  timerLess: { nl: '−1 minuut', en: '−1 minute' },
  timerMore: { nl: '+1 minuut', en: '+1 minute' },
} as const satisfies Record<string, Text>;
