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
  contact: { nl: 'Contact', en: 'Contact' },
  timer: { nl: 'Gesprekstimer', en: 'Discussion timer' },
  timerStart: { nl: 'Start', en: 'Start' },
  timerPause: { nl: 'Pauze', en: 'Pause' },
  timerReset: { nl: 'Opnieuw', en: 'Reset' },
  // The spoken name starts with the visible text (WCAG 2.5.3, label in name).
  timerLess: { nl: '−1 minuut', en: '−1 minute' },
  timerMore: { nl: '+1 minuut', en: '+1 minute' },
  matrixExternal: { nl: 'Externe beweging', en: 'External movement' },
  matrixInternal: { nl: 'Interne beweging', en: 'Internal movement' },
  matrixBoard: {
    nl: 'Bord van de twee bewegingen. Klik of tik om een marker te plaatsen. Toetsenbord: Enter plaatst een marker, pijltjestoetsen verplaatsen hem, Delete haalt hem weg.',
    en: 'Board of the two movements. Click or tap to place a marker. Keyboard: Enter places a marker, the arrow keys move it, Delete removes it.',
  },
  // {n} is the marker's number, {where} the quadrant it stands in.
  matrixMarker: { nl: 'Marker {n}: {where}', en: 'Marker {n}: {where}' },
  matrixCount: { nl: '{n} van {max} markers', en: '{n} of {max} markers' },
  matrixReset: { nl: 'Wis markers', en: 'Clear markers' },
  menu: { nl: 'Menu', en: 'Menu' },
  menuReader: { nl: 'Leesversie met toelichting', en: 'Reading version with notes' },
  menuPrint: { nl: 'Printen of opslaan als PDF', en: 'Print or save as PDF' },
  menuSpeaker: { nl: 'Sprekersweergave', en: 'Speaker view' },
  // Named in the language it switches to, as a reader of that language looks for it.
  menuLanguage: { nl: 'English', en: 'Nederlands' },
  menuKeys: { nl: 'Alle sneltoetsen', en: 'All keyboard shortcuts' },
  keyLanguage: {
    nl: 'Taal wisselen (Nederlands / English)',
    en: 'Switch language (Nederlands / English)',
  },
  keyTimer: {
    nl: 'Gesprekstimer starten of pauzeren',
    en: 'Start or pause the discussion timer',
  },
  // The key list (?): reveal's own navigation keys, described in the deck's language.
  keysTitle: { nl: 'Sneltoetsen', en: 'Keyboard shortcuts' },
  keyNext: { nl: 'Volgende stap of dia', en: 'Next step or slide' },
  keyPrevious: { nl: 'Vorige stap of dia', en: 'Previous step or slide' },
  keyFirstLast: { nl: 'Eerste of laatste dia', en: 'First or last slide' },
  keyOverview: { nl: 'Overzicht van alle dia’s', en: 'Overview of all slides' },
  keyRoomReveal: { nl: 'Zaal: onthullen of verbergen', en: 'Room: reveal or hide' },
  keyRoomClose: {
    nl: 'Zaal: ronde sluiten of heropenen',
    en: 'Room: close or reopen the round',
  },
  keyFullscreen: { nl: 'Volledig scherm', en: 'Full screen' },
  keyPause: { nl: 'Scherm zwart (pauze)', en: 'Black screen (pause)' },
  keyJump: { nl: 'Naar een dia springen', en: 'Jump to a slide' },
  keyMenu: { nl: 'Menu openen of sluiten', en: 'Open or close the menu' },
  keyList: { nl: 'Deze lijst', en: 'This list' },
  updateAvailable: {
    nl: 'Er is een nieuwe versie van deze presentatie.',
    en: 'There is a new version of this presentation.',
  },
  updateNow: { nl: 'Vernieuwen', en: 'Reload' },
  updateLater: { nl: 'Later', en: 'Later' },
  speakerBlocked: {
    nl: 'De sprekersweergave kon niet openen: de browser houdt pop-ups tegen. Probeer het met de knop, open haar in een nieuw tabblad (ze blijft gekoppeld), of sta pop-ups toe voor dit adres.',
    en: 'The speaker view could not open: the browser blocks pop-ups. Try the button, open it in a new tab (it stays linked), or allow pop-ups for this address.',
  },
  speakerNewTab: { nl: 'In een nieuw tabblad', en: 'In a new tab' },
  speakerClock: { nl: 'Klok', en: 'Clock' },
  speakerElapsed: { nl: 'Verstreken', en: 'Elapsed' },
  speakerPace: { nl: 'Tempo', en: 'Pace' },
  speakerOnTime: { nl: 'op schema', en: 'on time' },
  speakerBehind: { nl: '{n} min achter', en: '{n} min behind' },
  speakerAhead: { nl: '{n} min voor', en: '{n} min ahead' },
  speakerPlannedEnd: { nl: 'Gepland einde', en: 'Planned end' },
  speakerExpectedEnd: { nl: 'in dit tempo: {time}', en: 'at this pace: {time}' },
  speakerRestart: { nl: 'Klok opnieuw', en: 'Restart clock' },
  speakerNow: { nl: 'Nu', en: 'Now' },
  speakerUpNext: { nl: 'Hierna', en: 'Up next' },
  speakerSlideOf: { nl: 'Dia {n} van {total}', en: 'Slide {n} of {total}' },
  speakerStepOf: { nl: 'stap {n} van {total}', en: 'step {n} of {total}' },
  speakerBudget: { nl: '{time} voor deze dia', en: '{time} for this slide' },
  speakerExercise: { nl: 'oefening', en: 'exercise' },
  exerciseAlone: { nl: '{n} min alleen', en: '{n} min alone' },
  exercisePairs: { nl: '{n} min in tweetallen', en: '{n} min in pairs' },
  exercisePlenary: { nl: '{n} min plenair', en: '{n} min plenary' },
  speakerClick: { nl: 'klik', en: 'click' },
  speakerPrompt: { nl: 'Aanwijzing', en: 'Prompt' },
  speakerNotes: { nl: 'Notities', en: 'Notes' },
  speakerEnd: { nl: 'Einde van de presentatie', en: 'End of the presentation' },
  speakerPrevious: { nl: 'Vorige', en: 'Previous' },
  speakerNextButton: { nl: 'Volgende', en: 'Next' },
  speakerWaiting: {
    nl: 'Wacht op de presentatie: houd haar open in een ander venster of tabblad van deze browser.',
    en: 'Waiting for the presentation: keep it open in another window or tab of this browser.',
  },
  speakerRetry: { nl: 'Sprekersweergave openen', en: 'Open the speaker view' },
  speakerLost: {
    nl: 'Het venster met de presentatie die deze weergave bestuurt, is gesloten of reageert niet.',
    en: 'The presentation window this view drives has closed or is not responding.',
  },
  // {n} is the slide that window shows.
  speakerFollow: {
    nl: 'Neem het venster over op dia {n}',
    en: 'Take control of the window on slide {n}',
  },
  speakerUnsupported: {
    nl: 'Deze browser kan de sprekersweergave niet aan de presentatie koppelen (geen BroadcastChannel). Gebruik een recente Chrome, Edge, Firefox of Safari.',
    en: 'This browser cannot link the speaker view to the presentation (no BroadcastChannel). Use a recent Chrome, Edge, Firefox or Safari.',
  },
  close: { nl: 'Sluiten', en: 'Close' },
} as const satisfies Record<string, Text>;

/**
 * A UI string with its `{name}` slots filled in; a slot without a value stays as written.
 * `{name:one|other}` picks a word by the number in `name`: `{n} {n:telefoon|telefoons}` reads
 * "1 telefoon" and "3 telefoons" (Dutch and English both take the singular for one only).
 */
export function fillIn(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return withWordsFor(template, values).replace(/\{(\w+)\}/g, (whole, key: string) =>
    String(values[key] ?? whole),
  );
}

/**
 * `template` with only its `{name:one|other}` words chosen, its `{name}` slots left for later:
 * for a page script that fills the number in where `fillIn` cannot run (scripts/lib/handout.ts).
 */
export function withWordsFor(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(
    /\{(\w+):([^|{}]*)\|([^|{}]*)\}/g,
    (whole, key: string, one: string, other: string) => {
      const value = values[key];
      if (value === undefined) return whole;
      return Number(value) === 1 ? one : other;
    },
  );
}
