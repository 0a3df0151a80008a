import type { Section } from '../src/model/authored.ts';

export const waarStaanWij: Section = {
  title: { nl: 'Waar staan jullie?', en: 'Where do you stand?' },
  slides: [
    {
      kind: 'matrix',
      id: 'waar-staan-wij',
      kicker: { nl: 'Zelfdiagnose', en: 'Self-assessment' },
      title: { nl: 'Waar staan jullie?', en: 'Where do you stand?' },
      external: {
        from: { nl: 'Jullie leveren, zij ontvangen', en: 'You deliver, they receive' },
        to: { nl: 'Samen ontwikkelen', en: 'Developing together' },
      },
      internal: {
        from: { nl: 'Systemen op efficiëntie', en: 'Systems geared to efficiency' },
        to: { nl: 'Ruimte om te leren', en: 'Room to learn' },
      },
      quadrants: {
        bothStill: { title: { nl: 'Adviesrelatie', en: 'Advisory relationship' } },
        externalOnly: {
          title: { nl: 'Partnerschap botst op KPI’s', en: 'Partnership collides with KPIs' },
        },
        internalOnly: { title: { nl: 'Leren zonder klant', en: 'Learning without a client' } },
        bothMoving: { title: { nl: 'Samen groeien', en: 'Growing together' } },
      },
      minutes: 0.75,
      /*
       * For 6 to 12 people. Alone first, so nobody is anchored by where the first marker lands:
       * with a room server each places their own marker on their phone, unseen until the
       * presenter reveals them all at once; without one, the markers go on the laptop's board one
       * at a time (for 12 people, two to three minutes). Either way three or four minutes remain
       * to talk about the spread.
       */
      exercise: { alone: 1, plenary: 6 },
      notes: {
        nl: `Dan kijken we samen: waar staan jullie? Horizontaal de externe beweging: leveren jullie en ontvangen zij, of ontwikkelen jullie echt samen met klanten? Verticaal de interne beweging: staan de systemen op efficiëntie, of is er ruimte om te leren?

[met de zaal op telefoons: het bord toont een QR-code en een code; laat scannen terwijl je de assen uitlegt. Zonder zaalserver werkt het bord op de laptop]

[alleen, 1 minuut; met telefoons zet ieder nu de eigen marker, het scherm telt alleen hoeveel er staan] Kies eerst in stilte waar jullie volgens jou staan. Nog niet overleggen.

[plenair, 6 minuten; met telefoons: onthul de markers met R of in de sprekersweergave zodra iedereen staat. Zonder: iedereen zet om de beurt een marker, met een tik of klik op het bord] Dan bekijken we het beeld samen.

[laat de markers staan; vraag naar de spreiding, niet naar het gemiddelde] Waar liggen we ver uit elkaar? Wie staat het verst van de rest, en wat zie jij dat de anderen niet zien?`,
        en: `Now let’s look together: where do you stand? Left to right, the external movement: do you deliver while they receive, or do you really develop together with clients? Bottom to top, the internal movement: are the systems geared to efficiency, or is there room to learn?

[with the room on phones: the board shows a QR code and a code; let them scan while you explain the axes. Without a room server the board works on the laptop]

[alone, 1 minute; with phones everyone places their own marker now, the screen only counts how many are placed] First choose, in silence, where you think you stand. No conferring yet.

[plenary, 6 minutes; with phones: reveal the markers with R or in the speaker view once everyone has placed. Without: everyone places a marker in turn, with a tap or click on the board] Then we look at the picture together.

[leave the markers up; ask about the spread, not the average] Where are we far apart? Who is furthest from the rest, and what do you see that the others don’t?`,
      },
    },
  ],
};
