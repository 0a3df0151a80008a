import type { Section } from '../src/model/authored.ts';
import { planOfTransitieDiagram } from './diagrams/plan-of-transitie.ts';

export const geenUitrolproject: Section = {
  title: { nl: 'Geen uitrolproject', en: 'Not a roll-out project' },
  slides: [
    {
      kind: 'statement',
      id: 'geen-uitrolproject',
      kicker: { nl: 'Geen uitrolproject', en: 'Not a roll-out project' },
      statement: {
        nl: 'Een transitie waarbij het pad zich onderweg ontvouwt.',
        en: 'A transition in which the path unfolds as you go.',
      },
      lines: [
        {
          text: {
            nl: 'Je bouwt partnerschappen met klanten terwijl je intern het vermogen ontwikkelt dat daarvoor nodig is.',
            en: 'You build partnerships with clients while developing, inside, the capability they require.',
          },
          step: 1,
        },
      ],
      minutes: 0.5,
      notes: {
        nl: `Service-evolutie is geen implementatieproject. Je kunt het niet plannen, uitrollen en afvinken.

Het is een transitie waarbij het pad zich onderweg ontvouwt. Niemand weet vooraf precies wat die verzekeraar achter de bar zou ontdekken. Juist dat maakte het waardevol.

[klik] Je bouwt partnerschappen met klanten terwijl je intern het vermogen ontwikkelt dat daarvoor nodig is. Niet eerst het een en dan het ander. Tegelijk, en al lerend.`,
        en: `Service evolution is not an implementation project. You can’t plan it, roll it out and tick it off.

It is a transition in which the path unfolds as you go. Nobody knew in advance exactly what that insurer would discover behind the bar. That is precisely what made it valuable.

[click] You build partnerships with clients while developing, inside, the capability they require. Not one first and then the other. At the same time, learning as you go.`,
      },
    },
    {
      kind: 'diagram',
      id: 'plan-of-transitie',
      kicker: { nl: 'Twee manieren van veranderen', en: 'Two ways of changing' },
      title: { nl: 'Een rechte lijn of een leerlus', en: 'A straight line or a learning loop' },
      diagram: planOfTransitieDiagram,
      minutes: 0.5,
      notes: {
        nl: `Twee manieren van veranderen naast elkaar.

[klik] Een uitrolproject is een rechte lijn: plan, uitrollen, klaar. Dat werkt uitstekend voor een nieuw systeem of een verhuizing.

[klik] Een transitie is een lus: verkennen, proberen, leren, bijstellen, en dan weer verkennen. Er is geen moment waarop je klaar bent. Je wordt er steeds beter in. Partnerschap met klanten hoort in de tweede categorie, en dat vraagt andere vermogens.`,
        en: `Two ways of changing, side by side.

[click] A roll-out project is a straight line: plan, roll out, done. That works perfectly well for a new system or an office move.

[click] A transition is a loop: explore, try, learn, adjust, and then explore again. There is no moment when you are done. You just keep getting better at it. Partnership with clients belongs in the second category, and that calls for different capabilities.`,
      },
    },
  ],
};
