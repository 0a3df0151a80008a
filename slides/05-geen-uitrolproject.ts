import type { Section } from '../src/model/authored.ts';

export const geenUitrolproject: Section = {
  title: { nl: 'Geen uitrolproject' },
  slides: [
    {
      kind: 'statement',
      id: 'geen-uitrolproject',
      kicker: { nl: 'Geen uitrolproject' },
      statement: { nl: 'Een transitie waarbij het pad zich onderweg ontvouwt.' },
      lines: [
        {
          text: {
            nl: 'Je bouwt partnerschappen met klanten terwijl je intern het vermogen ontwikkelt dat daarvoor nodig is.',
          },
          step: 1,
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Service-evolutie is geen implementatieproject. Je kunt het niet plannen, uitrollen en afvinken.

Het is een transitie waarbij het pad zich onderweg ontvouwt. Niemand weet vooraf precies wat die verzekeraar achter de bar zou ontdekken. Juist dat maakte het waardevol.

[klik] Je bouwt partnerschappen met klanten terwijl je intern het vermogen ontwikkelt dat daarvoor nodig is. Niet eerst het een en dan het ander. Tegelijk, en al lerend.`,
      },
    },
  ],
};
