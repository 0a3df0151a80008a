import type { Section } from '../src/model/authored.ts';
import { waarBeginJeDiagram } from './diagrams/waar-begin-je.ts';

export const waarBeginJe: Section = {
  title: { nl: 'Waar begin je?' },
  slides: [
    {
      kind: 'columns',
      id: 'waar-begin-je',
      kicker: { nl: 'Waar begin je?' },
      title: { nl: 'Klein en concreet, in beide dimensies tegelijk' },
      columns: [
        {
          heading: { nl: 'Eén klantrelatie' },
          tone: 'external',
          items: [
            { text: { nl: 'Met potentieel, waar vertrouwen is' } },
            { text: { nl: 'Samen verkennen: wat wordt er mogelijk?' } },
          ],
        },
        {
          heading: { nl: 'Eén team' },
          tone: 'internal',
          step: 1,
          items: [
            { text: { nl: 'Nieuwsgierig, wil experimenteren' } },
            { text: { nl: 'Met ruimte: tijd, veiligheid, mandaat' } },
          ],
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Waar begin je dan? Klein en concreet, in beide dimensies tegelijk.

Kies één klantrelatie met potentieel, waar vertrouwen is. Niet je moeilijkste klant, niet je grootste. Een klant die het gesprek aandurft.

[klik] Kies één team dat nieuwsgierig is en wil experimenteren. En geef ze ruimte: tijd, veiligheid, mandaat. Tijd die niet uit hun avonden komt. Veiligheid om iets te proberen dat mislukt. Mandaat om met die klant te verkennen: wat wordt er mogelijk als we dit anders doen?`,
      },
    },
    {
      kind: 'bullets',
      id: 'interne-reflectie',
      kicker: { nl: 'En tegelijk: ruimte voor reflectie' },
      title: { nl: 'Wat ontdekken we?' },
      tone: 'internal',
      items: [
        { text: { nl: 'Hoe ontstaan partnerschappen in onze context?' }, step: 1 },
        { text: { nl: 'Wat werkt verrassend goed?' }, step: 2 },
        { text: { nl: 'Wat blijkt lastiger dan gedacht?' }, step: 3 },
        { text: { nl: 'Wat hebben we nodig?' }, step: 4 },
      ],
      minutes: 0.75,
      notes: {
        nl: `En creëer tegelijk interne ruimte voor reflectie. Dat is de tweede beweging, en die vergeten we het snelst.

Wat ontdekken we over hoe partnerschappen in onze context ontstaan? [klik] Wat werkt verrassend goed? [klik] Wat blijkt lastiger dan gedacht? [klik] En wat hebben we nodig?

Dat laatste is de vraag die bij dit MT terechtkomt. Als het team ontdekt dat de urennorm in de weg zit, dan moet iemand aan deze tafel daar iets mee durven doen.`,
      },
    },
    {
      kind: 'diagram',
      id: 'beide-dimensies',
      kicker: { nl: 'Klein beginnen, in beide dimensies' },
      title: { nl: 'Eén klant, één team, samen groeien' },
      diagram: waarBeginJeDiagram,
      minutes: 0.75,
      notes: {
        nl: `Samengevat in één beeld.

[klik] Buiten: één klantrelatie met vertrouwen, waarmee je samen verkent wat er mogelijk wordt.

[klik] Binnen: één nieuwsgierig team, met tijd, veiligheid en mandaat, dat reflecteert op wat het ontdekt.

[klik] En die twee groeien samen. Wat het team bij de klant leert, verandert wat we binnen nodig hebben. En wat we binnen vrijmaken, maakt ruimte voor het volgende gesprek met de klant.`,
      },
    },
    {
      kind: 'statement',
      id: 'samen-laten-groeien',
      kicker: { nl: 'Beide bewegingen' },
      statement: { nl: 'Samen laten groeien.' },
      lines: [{ text: { nl: 'Nieuwsgierig blijven naar wat er ontstaat.' }, step: 1 }],
      minutes: 0.5,
      notes: {
        nl: `Beide bewegingen. Samen laten groeien.

Niet eerst de klantrelatie op orde en daarna de organisatie aanpassen. En ook niet eerst intern alles herinrichten voordat je een klant durft te bellen. Ze groeien samen, in kleine stappen, en ze voeden elkaar.

[klik] En nieuwsgierig blijven naar wat er ontstaat. Want wat je achter de bar ontdekt, staat in geen enkel plan.`,
      },
    },
  ],
};
