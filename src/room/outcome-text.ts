import type { Text } from '../model/authored.ts';

/**
 * The words of what the room leaves behind (ARCHITECTURE.md, What the room leaves behind): on
 * the reader's and the print's board and poll, and in the speaker view's Outcome panel. Both
 * languages, or it does not compile; apart from src/room/room-text.ts (the live room's words),
 * so neither side loads the other's.
 */
export const outcomeText = {
  // On the board, where the laptop board says "{n} of 12 markers": the room's picture, dated.
  boardCount: {
    nl: '{n} {n:marker|markers} van de zaal, {date}',
    en: '{n} {n:marker|markers} from the room, {date}',
  },
  // Under a poll's texts on a slide that cannot hold them all.
  moreTexts: {
    nl: 'En nog {n}: alle teksten staan in de leesversie en de hand-out.',
    en: '{n} more: every text is in the reading version and the handout.',
  },
  // The same in the reader, where every text follows the slide.
  moreTextsBelow: {
    nl: 'En nog {n}: onder de dia staan ze allemaal.',
    en: '{n} more: every text is below the slide.',
  },
  // The handout's notes page of the poll.
  handoutAnswers: { nl: 'De antwoorden van de zaal', en: 'The room’s answers' },

  // Under the handout's texts when the page cannot hold them all (scripts/lib/handout.ts).
  handoutMore: {
    nl: 'En nog {n} {n:tekst|teksten} waarvoor deze pagina geen plaats heeft: de leesversie met de uitkomst toont ze allemaal.',
    en: '{n} more {n:text|texts} this page has no room for: the reading version with the outcome shows every one.',
  },
  // The speaker view's panel (src/speaker/outcome-panel.ts).
  panelHeading: { nl: 'Uitkomst', en: 'Outcome' },
  panelNone: {
    nl: 'Nog geen uitkomst: die verschijnt hier zodra telefoons meedoen op het bord of bij de slotvraag.',
    en: 'No outcome yet: it appears here once phones take part on the board or in the closing question.',
  },
  panelSummary: {
    nl: '{markers} {markers:marker|markers}, {answers} {answers:antwoord|antwoorden}, {texts} {texts:tekst|teksten} · {date}',
    en: '{markers} {markers:marker|markers}, {answers} {answers:answer|answers}, {texts} {texts:text|texts} · {date}',
  },
  panelCopy: { nl: 'Link kopiëren', en: 'Copy the link' },
  panelCopied: {
    nl: 'Gekopieerd: wie de link opent, ziet het bord en de antwoorden, zonder zaalserver.',
    en: 'Copied: whoever opens the link sees the board and the answers, without a room server.',
  },
  panelCopyFailed: {
    nl: 'Kopiëren lukte niet in deze browser: selecteer de link hieronder en kopieer hem zelf.',
    en: 'This browser would not copy: select the link below and copy it yourself.',
  },
  panelSave: { nl: 'Bewaren als bestand', en: 'Save as a file' },
  panelSaveHint: {
    nl: 'Het bestand maakt de PDF met de uitkomst: npm run pdf -- --result {file}',
    en: 'The file makes the PDF with the outcome: npm run pdf -- --result {file}',
  },
  panelPartial: {
    nl: 'De link bevat {carried} van de {total} teksten (een link blijft kort); het bestand bevat ze alle {total}.',
    en: 'The link carries {carried} of the {total} texts (a link stays short); the file has all {total}.',
  },
  panelForget: { nl: 'Wissen van deze laptop', en: 'Remove from this laptop' },
  panelForgetConfirm: {
    nl: 'De uitkomst van deze laptop wissen? Bewaar haar eerst als bestand als je haar nog nodig hebt. Een gedeelde link blijft werken.',
    en: 'Remove the outcome from this laptop? Save it as a file first if you still need it. A shared link keeps working.',
  },
  panelTooLarge: {
    nl: 'Deze uitkomst is te groot voor een link: deel het bestand.',
    en: 'This outcome is too large for a link: share the file.',
  },
} as const satisfies Record<string, Text>;
