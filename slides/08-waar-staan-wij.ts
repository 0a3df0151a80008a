import type { Section } from '../src/model/authored.ts';

export const waarStaanWij: Section = {
  title: { nl: 'Waar staan wij?', en: 'Where do we stand?' },
  slides: [
    {
      kind: 'matrix',
      id: 'waar-staan-wij',
      kicker: { nl: 'Zelfdiagnose', en: 'Self-assessment' },
      title: { nl: 'Waar staan wij?', en: 'Where do we stand?' },
      external: {
        from: { nl: 'Wij leveren, zij ontvangen', en: 'We deliver, they receive' },
        to: { nl: 'Samen ontwikkelen', en: 'Developing together' },
      },
      internal: {
        from: { nl: 'Systemen op efficiëntie', en: 'Systems tuned for efficiency' },
        to: { nl: 'Ruimte om te leren', en: 'Room to learn' },
      },
      quadrants: {
        bothStill: { title: { nl: 'Adviesrelatie', en: 'Advisory relationship' } },
        externalOnly: {
          title: { nl: 'Partnerschap botst op KPI’s', en: 'Partnership meets old KPIs' },
        },
        internalOnly: { title: { nl: 'Leren zonder klant', en: 'Learning without a client' } },
        bothMoving: { title: { nl: 'Samen groeien', en: 'Growing together' } },
      },
      exercise: { alone: 1, plenary: 2 },
      minutes: 1,
      notes: {
        nl: `Voordat ik jullie de vraag stel: waar staan wij zelf? Pak allemaal een nummer. Tik of klik op het bord waar je vindt dat wij staan.

Horizontaal de externe beweging: leveren wij en ontvangen zij, of ontwikkelen we al echt samen met klanten? Verticaal de interne: zijn onze systemen ingericht op efficiëntie, of is er ruimte om te leren?

Linksonder staat de adviesrelatie. Rechtsonder botst partnerschap op de KPI’s. Linksboven leren we, maar nog zonder klant. Rechtsboven groeien beide samen.

Kijk naar de spreiding, niet naar het gemiddelde. Waar liggen we ver uit elkaar?`,
        en: `Before I put the question to you: where do we stand ourselves? Each of you take a number. Tap or click on the board where you think we are.

Across is the external movement: do we deliver while they receive, or do we really develop together with clients? Up is the internal one: are our systems tuned for efficiency, or is there room to learn?

Bottom left is the advisory relationship. Bottom right, partnership runs into the KPIs. Top left, we learn, but without a client yet. Top right, both grow together.

Look at the spread, not the average. Where are we far apart?`,
      },
    },
  ],
};
