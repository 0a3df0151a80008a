import type { Section } from '../src/model/authored.ts';

export const vermogens: Section = {
  title: { nl: 'Vier vermogens' },
  slides: [
    {
      kind: 'cards',
      id: 'vier-vermogens',
      kicker: { nl: 'Gevraagd van leiders en professionals' },
      title: { nl: 'Vier vermogens' },
      cards: [
        {
          title: { nl: 'Sensemaking' },
          text: { nl: 'Regelmatig pauzeren: wat gebeurt hier eigenlijk?' },
          step: 1,
        },
        {
          title: { nl: 'Experimenteren' },
          text: { nl: 'Klein beginnen, proberen, leren, bijstellen.' },
          step: 2,
        },
        {
          title: { nl: 'Loslaten' },
          text: { nl: 'Wat werkte mag evolueren naar iets diepers.' },
          step: 3,
        },
        {
          title: { nl: 'Zowel-als denken' },
          text: { nl: 'Vandaag en morgen tegelijk vasthouden.' },
          step: 4,
        },
      ],
      minutes: 1.5,
      notes: {
        nl: `Dat vraagt andere vermogens van leiders en professionals. Vier.

Sensemaking: regelmatig pauzeren en vragen wat er hier eigenlijk gebeurt, wat er naar boven komt.

[klik] Experimenteren: klein beginnen, proberen, leren, bijstellen. Met één klant, één team: wat gebeurt er als we dit anders doen?

[klik] Loslaten: accepteren dat wat eerder werkte kan evolueren naar iets diepers. Onzekerheid omarmen; systemen die ruimte maken voor andere waarden.

[klik] Zowel-als denken: efficiëntie én innovatie, extern en intern als partners. De creatieve spanning niet oplossen, maar benutten.`,
      },
    },
  ],
};
