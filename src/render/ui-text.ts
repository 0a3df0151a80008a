import type { Text } from '../model/authored.ts';

/**
 * Every string the deck itself shows (not content): on slides, in the menu, in notices. Keyed
 * like content text, so a second language is one more key per string.
 */
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
  menu: { nl: 'Menu', en: 'Menu' },
  menuReader: { nl: 'Leesversie met toelichting', en: 'Reading version with notes' },
  menuPrint: { nl: 'Printen of opslaan als PDF', en: 'Print or save as PDF' },
  menuSpeaker: { nl: 'Sprekersweergave', en: 'Speaker view' },
  menuKeys: { nl: 'Alle sneltoetsen', en: 'All keys' },
  updateAvailable: {
    nl: 'Er is een nieuwe versie van deze presentatie.',
    en: 'There is a new version of this presentation.',
  },
  updateNow: { nl: 'Vernieuwen', en: 'Reload' },
  updateLater: { nl: 'Later', en: 'Later' },
  speakerBlocked: {
    nl: 'De sprekersweergave kon niet openen: de browser houdt pop-ups tegen. Sta pop-ups toe voor dit adres, of probeer het met deze knop.',
    en: 'The speaker view could not open: the browser blocks pop-ups. Allow pop-ups for this address, or try again with this button.',
  },
  speakerRetry: { nl: 'Sprekersweergave openen', en: 'Open the speaker view' },
  close: { nl: 'Sluiten', en: 'Close' },
} as const satisfies Record<string, Text>;
