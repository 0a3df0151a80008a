import type { Section } from '../src/model/authored.ts';
import { waarBeginJeDiagram } from './diagrams/waar-begin-je.ts';

export const waarBeginJe: Section = {
  title: { nl: 'Waar begin je?', en: 'Where to start?' },
  slides: [
    {
      kind: 'columns',
      id: 'waar-begin-je',
      kicker: { nl: 'Waar begin je?', en: 'Where to start?' },
      title: {
        nl: 'Klein en concreet, in beide dimensies tegelijk',
        en: 'Small and concrete, in both dimensions at once',
      },
      columns: [
        {
          heading: { nl: 'Eén klantrelatie', en: 'One client relationship' },
          tone: 'external',
          items: [
            {
              text: {
                nl: 'Met potentieel, waar vertrouwen is',
                en: 'With potential and trust',
              },
            },
            {
              text: {
                nl: 'Samen verkennen: wat wordt er mogelijk?',
                en: 'Explore together: what becomes possible?',
              },
            },
          ],
        },
        {
          heading: { nl: 'Eén team', en: 'One team' },
          tone: 'internal',
          step: 1,
          items: [
            { text: { nl: 'Nieuwsgierig, wil experimenteren', en: 'Curious, keen to experiment' } },
            {
              text: {
                nl: 'Met ruimte: tijd, veiligheid, mandaat',
                en: 'With room: time, safety, mandate',
              },
            },
          ],
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Waar begin je dan? Klein en concreet, in beide dimensies tegelijk.

Kies één klantrelatie met potentieel, waar vertrouwen is. Niet je moeilijkste klant, niet je grootste. Een klant die het gesprek aandurft.

[klik] Kies één team dat nieuwsgierig is en wil experimenteren. En geef ze ruimte: tijd, veiligheid, mandaat. Tijd die niet uit hun avonden komt. Veiligheid om iets te proberen dat mislukt. Mandaat om met die klant te verkennen: wat wordt er mogelijk als we dit anders doen?`,
        en: `So where do you start? Small and concrete, in both dimensions at once.

Choose one client relationship with potential, where there is trust. Not your most difficult client, not your biggest. A client who is up for the conversation.

[click] Choose one team that is curious and wants to experiment. And give them room: time, safety, a mandate. Time that doesn’t come out of their evenings. Safety to try something that fails. A mandate to explore with that client: what becomes possible if we do this differently?`,
      },
    },
    {
      kind: 'bullets',
      id: 'interne-reflectie',
      kicker: {
        nl: 'En tegelijk: ruimte voor reflectie',
        en: 'And at the same time: room for reflection',
      },
      title: { nl: 'Wat ontdekken we?', en: 'What are we discovering?' },
      tone: 'internal',
      items: [
        {
          text: {
            nl: 'Hoe ontstaan partnerschappen in onze context?',
            en: 'How do partnerships emerge in our context?',
          },
          step: 1,
        },
        {
          text: { nl: 'Wat werkt verrassend goed?', en: 'What works surprisingly well?' },
          step: 2,
        },
        {
          text: {
            nl: 'Wat blijkt lastiger dan gedacht?',
            en: 'What turns out harder than expected?',
          },
          step: 3,
        },
        { text: { nl: 'Wat hebben we nodig?', en: 'What do we need?' }, step: 4 },
      ],
      minutes: 0.75,
      notes: {
        nl: `En creëer tegelijk interne ruimte voor reflectie. Dat is de tweede beweging, en die vergeten we het snelst.

Wat ontdekken we over hoe partnerschappen in onze context ontstaan? [klik] Wat werkt verrassend goed? [klik] Wat blijkt lastiger dan gedacht? [klik] En wat hebben we nodig?

Dat laatste is de vraag die bij dit MT terechtkomt. Als het team ontdekt dat de urennorm in de weg zit, dan moet iemand aan deze tafel daar iets mee durven doen.`,
        en: `And at the same time, create internal room for reflection. That is the second movement, and it’s the one we forget first.

What are we discovering about how partnerships emerge in our context? [click] What works surprisingly well? [click] What turns out to be harder than expected? [click] And what do we need?

That last question is the one that lands with this leadership team. If the team discovers that the hours target is getting in the way, someone at this table has to dare to do something about it.`,
      },
    },
    {
      kind: 'diagram',
      id: 'beide-dimensies',
      kicker: { nl: 'Klein beginnen, in beide dimensies', en: 'Start small, in both dimensions' },
      title: {
        nl: 'Eén klant, één team, samen groeien',
        en: 'One client, one team, growing together',
      },
      diagram: waarBeginJeDiagram,
      minutes: 0.5,
      notes: {
        nl: `Samengevat in één beeld.

[klik] Buiten: één klantrelatie met vertrouwen, waarmee je samen verkent wat er mogelijk wordt.

[klik] Binnen: één nieuwsgierig team, met tijd, veiligheid en mandaat, dat reflecteert op wat het ontdekt.

[klik] En die twee groeien samen. Wat het team bij de klant leert, verandert wat we binnen nodig hebben. En wat we binnen vrijmaken, maakt ruimte voor het volgende gesprek met de klant.`,
        en: `All of it in one picture.

[click] Outside: one client relationship built on trust, with which you explore together what becomes possible.

[click] Inside: one curious team, with time, safety and a mandate, reflecting on what it discovers.

[click] And the two grow together. What the team learns with the client changes what we need inside. And what we free up inside makes room for the next conversation with the client.`,
      },
    },
    {
      kind: 'statement',
      id: 'samen-laten-groeien',
      kicker: { nl: 'Beide bewegingen', en: 'Both movements' },
      statement: { nl: 'Samen laten groeien.', en: 'Let them grow together.' },
      lines: [
        {
          text: {
            nl: 'Nieuwsgierig blijven naar wat er ontstaat.',
            en: 'Stay curious about what emerges.',
          },
          step: 1,
        },
      ],
      minutes: 0.5,
      notes: {
        nl: `Beide bewegingen. Samen laten groeien.

Niet eerst de klantrelatie op orde en daarna de organisatie aanpassen. En ook niet eerst intern alles herinrichten voordat je een klant durft te bellen. Ze groeien samen, in kleine stappen, en ze voeden elkaar.

[klik] En nieuwsgierig blijven naar wat er ontstaat. Want wat je achter de bar ontdekt, staat in geen enkel plan.`,
        en: `Both movements. Let them grow together.

Not first getting the client relationship in order and then adapting the organisation. Nor first redesigning everything internally before you dare to call a client. They grow together, in small steps, and they feed each other.

[click] And stay curious about what emerges. Because what you discover behind the bar is not in any plan.`,
      },
    },
  ],
};
