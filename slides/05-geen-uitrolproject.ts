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
            en: 'You build partnerships with clients and, at the same time, the internal capability those partnerships need.',
          },
          step: 1,
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Service-evolutie is geen uitrolproject. Je kunt het niet plannen, uitrollen en afvinken.

Het is een transitie waarbij het pad zich onderweg ontvouwt. Wat er achter de bar te vinden was, had niemand kunnen plannen.

[klik] Je bouwt partnerschappen met klanten terwijl je intern het vermogen ontwikkelt dat daarvoor nodig is. Niet eerst het een en dan het ander. Tegelijk.`,
        en: `Service evolution is not a roll-out project. You can’t plan it, roll it out and tick it off.

It is a transition in which the path unfolds as you go. Nobody could have planned what was found behind the bar.

[click] You build partnerships with clients and, at the same time, the internal capability those partnerships need. Not one first and then the other. At the same time.`,
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
        nl: `Twee manieren van veranderen, naast elkaar.

[klik] Een uitrolproject is een rechte lijn: plan, uitrollen, klaar.

[klik] Een transitie is een lus: proberen, leren, bijstellen, en weer proberen. Er komt geen moment waarop je klaar bent.

Partnerschap met klanten hoort bij de lus. En dat vraagt andere vermogens.`,
        en: `Two ways of changing, side by side.

[click] A roll-out project is a straight line: plan, roll out, done.

[click] A transition is a loop: try, learn, adjust, and try again. There is never a moment when you are done.

Partnership with clients belongs to the loop. And that calls for different capabilities.`,
      },
    },
  ],
};
