import type { Locale, SlideContent, Text } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';
import type { BoardResultsText, PollResultsText } from './results-view.ts';

/**
 * Every string the room shows (the join card on the screen, the phones' page, the presenter's
 * controls), as src/render/ui-text.ts keeps the deck's: keyed like content text, both
 * languages or it does not compile. Apart from ui-text.ts so a phone loads only these. The
 * voice is the talk's (slides/TERMS.md): the phone says "je" to the person holding it, the
 * speaker is "de spreker", the room together is "we".
 */
export const roomText = {
  // Results (src/room/results-view.ts).
  yours: { nl: '{name} (jouw marker)', en: '{name} (yours)' },
  spread: { nl: '{axis}: van {min} tot {max} procent', en: '{axis}: from {min} to {max} per cent' },
  count: { nl: '{n} van {total}', en: '{n} of {total}' },
  textsHeading: { nl: 'In eigen woorden', en: 'In your own words' },
  noTexts: { nl: 'Niemand schreef er iets bij.', en: 'Nobody added any words.' },

  // The join card on the screen (src/room/room-screen.ts).
  joinCaption: { nl: 'Doe mee met je telefoon', en: 'Join in on your phone' },
  joinQr: { nl: 'QR-code om mee te doen:', en: 'QR code to join:' },
  joinCode: { nl: 'Code', en: 'Code' },
  joinNetwork: { nl: 'Wifi: {network}', en: 'Wi-Fi: {network}' },
  joinSameWifi: {
    nl: 'Op hetzelfde wifi-netwerk als deze laptop',
    en: 'On the same Wi-Fi as this laptop',
  },
  boardPlaced: {
    nl: '{n} van {m} {m:telefoon|telefoons} {n:heeft|hebben} een marker gezet.',
    en: '{n} of {m} {m:phone|phones} {n:has|have} placed a marker.',
  },
  pollAnswered: {
    nl: '{n} van {m} {m:telefoon|telefoons} {n:heeft|hebben} gekozen.',
    en: '{n} of {m} {m:phone|phones} {n:has|have} chosen.',
  },
  moreTexts: { nl: '… en nog {k}', en: '… and {k} more' },
  noPhonesYet: {
    nl: 'Nog geen telefoon: scan de code om mee te doen.',
    en: 'No phone yet: scan the code to join in.',
  },
  roundClosed: { nl: 'De ronde is gesloten.', en: 'The round is closed.' },
  screenConnecting: { nl: 'Verbinden met de zaal…', en: 'Connecting to the room…' },
  screenOffline: {
    nl: 'Geen verbinding met de zaalserver: wat binnen was, blijft staan.',
    en: 'No connection to the room server: what arrived stays on screen.',
  },

  // The phone's page (src/room/join-page.ts).
  phoneTitle: { nl: 'Doe mee', en: 'Join in' },
  phoneNumber: { nl: 'Jij bent nummer {n}', en: 'You are number {n}' },
  phoneCodeLabel: { nl: 'Code op het scherm', en: 'Code on the screen' },
  phoneCodeHint: {
    nl: 'Zes tekens, letters en cijfers, zoals K7QF2M.',
    en: 'Six characters, letters and digits, like K7QF2M.',
  },
  phoneJoin: { nl: 'Meedoen', en: 'Join' },
  phoneBadCode: {
    nl: 'Deze code klopt niet: {code}. Typ de code die op het scherm staat.',
    en: 'This code does not work: {code}. Type the code shown on the screen.',
  },
  phoneNoCode: {
    nl: 'Typ de code die op het scherm staat.',
    en: 'Type the code shown on the screen.',
  },
  phoneUnknownRoom: {
    nl: 'Er is geen sessie met code {code}. Klopt de code? Anders is de sessie al afgelopen.',
    en: 'There is no session with the code {code}. Is the code right? Otherwise the session has ended.',
  },
  phoneGone: {
    nl: 'De sessie is afgelopen. Dank je wel voor het meedoen.',
    en: 'The session has ended. Thank you for taking part.',
  },
  phoneFull: {
    nl: 'De sessie is vol: er kan niemand meer bij.',
    en: 'The session is full: nobody else can join.',
  },
  phoneNoServer: {
    nl: 'Deze presentatie heeft geen zaalserver: meedoen met je telefoon kan hier niet.',
    en: 'This presentation has no room server: joining from your phone is not possible here.',
  },
  phoneConnecting: { nl: 'Verbinden…', en: 'Connecting…' },
  phoneOpen: { nl: 'Verbonden', en: 'Connected' },
  phoneOffline: {
    nl: 'Geen verbinding. We proberen het opnieuw; wat je hebt gezet, blijft bewaard.',
    en: 'No connection. Trying again; what you placed is kept.',
  },
  phoneWaiting: {
    nl: 'Even wachten: de spreker opent zo een vraag voor de zaal.',
    en: 'Just a moment: the speaker will open a question for the room shortly.',
  },
  phoneBoardHow: {
    nl: 'Tik op het bord waar jullie volgens jou staan. Verplaatsen kan met slepen of de pijltjestoetsen.',
    en: 'Tap the board where you think you stand. Drag, or use the arrow keys, to move your marker.',
  },
  phonePlaced: {
    nl: 'Je marker staat. Je kunt hem nog verplaatsen.',
    en: 'Your marker is placed. You can still move it.',
  },
  phoneNotPlaced: { nl: 'Je hebt nog geen marker gezet.', en: 'You have not placed a marker yet.' },
  phonePrivate: {
    nl: 'Niemand ziet waar je staat, tot de spreker het bord laat zien.',
    en: 'Nobody sees where you stand until the speaker shows the board.',
  },
  phoneClosed: {
    nl: 'De ronde is gesloten. Wat je gaf, blijft staan.',
    en: 'The round is closed. What you gave stays.',
  },
  phoneRevealed: { nl: 'Het beeld van de zaal', en: 'The room’s picture' },
  phoneMyMarker: { nl: 'Jouw marker', en: 'Your marker' },
  phoneSend: { nl: 'Versturen', en: 'Send' },
  phoneUpdate: { nl: 'Bijwerken', en: 'Update' },
  phoneSent: {
    nl: 'Verstuurd. Je kunt je antwoord nog aanpassen.',
    en: 'Sent. You can still change your answer.',
  },
  phoneChooseFirst: { nl: 'Kies eerst een antwoord.', en: 'Choose an answer first.' },
  phoneTextCount: { nl: '{n} van {max} tekens', en: '{n} of {max} characters' },
  phoneTooFast: {
    nl: 'Even rustig aan: probeer het zo nog eens.',
    en: 'A little slower: try again in a moment.',
  },
  phoneRefused: {
    nl: 'Dat lukte niet. Probeer het nog eens.',
    en: 'That did not work. Please try again.',
  },

  // The presenter's controls (src/speaker/room-panel.ts, the slide show's keys).
  panelHeading: { nl: 'De zaal', en: 'The room' },
  panelCode: { nl: 'Code {code}', en: 'Code {code}' },
  panelPhones: {
    nl: '{n} {n:telefoon|telefoons} verbonden',
    en: '{n} {n:phone|phones} connected',
  },
  panelOpenHidden: { nl: 'open, verborgen', en: 'open, hidden' },
  panelOpenShown: { nl: 'open, onthuld', en: 'open, revealed' },
  panelClosedHidden: { nl: 'gesloten, verborgen', en: 'closed, hidden' },
  panelClosedShown: { nl: 'gesloten, onthuld', en: 'closed, revealed' },
  panelEntries: { nl: '{n} ingevuld', en: '{n} in' },
  actionReveal: { nl: 'Onthullen', en: 'Reveal' },
  actionHide: { nl: 'Verbergen', en: 'Hide' },
  actionClose: { nl: 'Sluiten', en: 'Close' },
  actionReopen: { nl: 'Heropenen', en: 'Reopen' },
  actionClear: { nl: 'Wissen', en: 'Clear' },
  actionDelete: { nl: 'Sessie verwijderen', en: 'Delete the session' },
  confirmClear: {
    nl: 'Alle antwoorden van deze ronde wissen?',
    en: 'Clear every answer in this round?',
  },
  confirmDelete: {
    nl: 'De sessie en alles erin nu verwijderen? Telefoons kunnen daarna niet meer meedoen.',
    en: 'Delete the session and everything in it now? Phones can no longer take part after this.',
  },
  panelDeleted: {
    nl: 'De sessie is verwijderd. Een volgende dia met de zaal start een nieuwe.',
    en: 'The session is deleted. The next slide with the room starts a new one.',
  },
  panelNoServer: {
    nl: 'Geen zaalserver: het bord werkt alleen op deze laptop. Telefoons laten meedoen? Start de presentatie met npm run room.',
    en: 'No room server: the board works on this laptop only. To let phones take part, start the deck with npm run room.',
  },
  panelStartNow: { nl: 'Zaal nu openen', en: 'Open the room now' },
  panelLocal: {
    nl: 'Zonder server: onthullen en sluiten werken hier, met wat al binnen was.',
    en: 'Without the server: reveal and close work here, with what arrived.',
  },
  panelTexts: { nl: 'Alle teksten', en: 'Every text' },
  panelOnScreen: { nl: 'op het scherm', en: 'on screen' },
  panelWaitingForDeck: {
    nl: 'De zaal start zodra de presentatie bij het bord of de slotvraag is.',
    en: 'The room starts once the deck reaches the board or the closing question.',
  },
  panelUnreachable: {
    nl: 'De zaalserver is niet bereikbaar. Draait hij nog (npm run room), en zit deze laptop op het netwerk? Onthullen en sluiten werken hier met wat al binnen was.',
    en: 'The room server cannot be reached. Is it still running (npm run room), and is this laptop on the network? Reveal and close work here with what arrived.',
  },
  panelNoPhones: {
    nl: 'Nog geen telefoon verbonden. Zitten de telefoons op hetzelfde wifi als deze laptop? Een gastnetwerk houdt apparaten vaak van elkaar gescheiden: gebruik dan de hotspot van je telefoon, of een gehoste zaalserver.',
    en: 'No phone has joined yet. Are the phones on the same Wi-Fi as this laptop? A guest network often keeps devices apart: use your phone’s hotspot instead, or a hosted room server.',
  },
} as const satisfies Record<string, Text>;

type MatrixContent = Extract<SlideContent, { kind: 'matrix' }>;
type QuestionContent = Extract<SlideContent, { kind: 'question' }>;

/** A board's results' words, from its slide, in one language. */
export function boardResultsText(slide: MatrixContent, locale: Locale): BoardResultsText {
  const t = (text: Text): string => textIn(text, locale);
  return {
    marker: t(uiText.matrixMarker),
    quadrants: {
      bothStill: t(slide.quadrants.bothStill.title),
      externalOnly: t(slide.quadrants.externalOnly.title),
      internalOnly: t(slide.quadrants.internalOnly.title),
      bothMoving: t(slide.quadrants.bothMoving.title),
    },
    spread: t(roomText.spread),
    externalAxis: t(uiText.matrixExternal),
    internalAxis: t(uiText.matrixInternal),
    yours: t(roomText.yours),
  };
}

/** A poll's results' words, from its slide, in one language; undefined for a slide without one. */
export function pollResultsText(
  slide: QuestionContent,
  locale: Locale,
): PollResultsText | undefined {
  if (slide.poll === undefined) return undefined;
  const t = (text: Text): string => textIn(text, locale);
  return {
    options: slide.poll.options.map((option) => ({ id: option.id, label: t(option.label) })),
    count: t(roomText.count),
    textsHeading: t(roomText.textsHeading),
    noTexts: t(roomText.noTexts),
  };
}
