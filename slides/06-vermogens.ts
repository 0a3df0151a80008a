import type { Section } from '../src/model/authored.ts';

export const vermogens: Section = {
  title: { nl: 'Vier vermogens', en: 'Four capabilities' },
  slides: [
    {
      kind: 'cards',
      id: 'vier-vermogens',
      kicker: {
        nl: 'Gevraagd van leiders en professionals',
        en: 'Needed from leaders and professionals',
      },
      title: { nl: 'Vier vermogens', en: 'Four capabilities' },
      cards: [
        {
          title: { nl: 'Sensemaking', en: 'Sensemaking' },
          text: {
            nl: 'Regelmatig pauzeren: wat gebeurt hier eigenlijk?',
            en: 'Pause regularly: what’s really happening?',
          },
          step: 1,
        },
        {
          title: { nl: 'Experimenteren', en: 'Experimenting' },
          text: {
            nl: 'Klein beginnen, proberen, leren, bijstellen.',
            en: 'Start small, try, learn, adjust.',
          },
          step: 2,
        },
        {
          title: { nl: 'Loslaten', en: 'Letting go' },
          text: {
            nl: 'Wat werkte mag evolueren naar iets diepers.',
            en: 'What worked may evolve into something deeper.',
          },
          step: 3,
        },
        {
          title: { nl: 'Zowel-als denken', en: 'Both-and thinking' },
          text: {
            nl: 'Vandaag en morgen tegelijk vasthouden.',
            en: 'Hold today and tomorrow together.',
          },
          step: 4,
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Dat vraagt andere vermogens van leiders en professionals. Vier.

[klik] Sensemaking: regelmatig pauzeren en vragen wat hier eigenlijk gebeurt. Wat komt er naar boven?

[klik] Experimenteren: klein beginnen, proberen, leren, bijstellen. Met één klant, één team.

[klik] Loslaten: accepteren dat wat eerder werkte kan evolueren naar iets diepers. Onzekerheid omarmen.

[klik] Zowel-als denken: vandaag en morgen tegelijk vasthouden. Efficiëntie én innovatie. De creatieve spanning niet oplossen, maar benutten.`,
        en: `That calls for different capabilities from leaders and professionals. Four of them.

[click] Sensemaking: pausing regularly to ask what is actually happening here. What is surfacing?

[click] Experimenting: start small, try, learn, adjust. With one client, one team.

[click] Letting go: accepting that what worked before can evolve into something deeper. Embracing uncertainty.

[click] Both-and thinking: holding today and tomorrow at once. Efficiency and innovation. Not resolving the creative tension, but putting it to work.`,
      },
    },
  ],
};
