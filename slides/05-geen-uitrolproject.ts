import type { Section } from '../src/model/authored.ts';
import { planOfTransitieDiagram } from './diagrams/plan-of-transitie.ts';

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
    {
      kind: 'diagram',
      id: 'plan-of-transitie',
      kicker: { nl: 'Twee manieren van veranderen' },
      title: { nl: 'Een rechte lijn of een leerlus' },
      diagram: planOfTransitieDiagram,
      minutes: 0.75,
      notes: {
        nl: `Twee manieren van veranderen naast elkaar.

[klik] Een uitrolproject is een rechte lijn: plan, uitrollen, klaar. Dat werkt uitstekend voor een nieuw systeem of een verhuizing.

[klik] Een transitie is een lus: verkennen, proberen, leren, bijstellen, en dan weer verkennen. Er is geen moment waarop je klaar bent. Je wordt er steeds beter in. Partnerschap met klanten hoort in de tweede categorie, en dat vraagt andere vermogens.`,
      },
    },
  ],
};
