import type { Section } from '../src/model/authored.ts';

export const waarBeginJe: Section = {
  title: { nl: 'Waar begin je?', en: 'Where to start?' },
  slides: [
    {
      kind: 'columns',
      id: 'waar-begin-je',
      kicker: { nl: 'Waar begin je?', en: 'Where to start?' },
      title: {
        nl: 'Klein en concreet, in beide bewegingen tegelijk',
        en: 'Small and concrete, in both movements at once',
      },
      columns: [
        {
          heading: { nl: 'Eén klantrelatie', en: 'One client relationship' },
          tone: 'external',
          items: [
            {
              text: {
                nl: 'Met potentieel en vertrouwen',
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
                en: 'With room: time, safety, a mandate',
              },
            },
          ],
        },
      ],
      minutes: 0.5,
      notes: {
        nl: `Waar begin je dan? Klein en concreet, in beide bewegingen tegelijk.

Kies één klantrelatie met potentieel, waar vertrouwen is.

[klik] Kies één team dat nieuwsgierig is en wil experimenteren. Geef ze ruimte: tijd, veiligheid, mandaat. Ruimte om samen met die klant te verkennen wat er mogelijk wordt als ze het anders doen.

[eigen voorbeeld: een klantrelatie en een team waarmee je dit hebt zien beginnen]`,
        en: `So where do you start? Small and concrete, in both movements at once.

Choose one client relationship with potential, where there is trust.

[click] Choose one team that is curious and wants to experiment. Give them room: time, safety, a mandate. Room to explore with that client what becomes possible if they do things differently.

[own example: a client relationship and a team you have seen start this way]`,
      },
    },
    {
      kind: 'bullets',
      id: 'interne-reflectie',
      kicker: {
        nl: 'En tegelijk: ruimte voor reflectie',
        en: 'And at the same time: room for reflection',
      },
      title: { nl: 'Wat ontdekken jullie?', en: 'What are you discovering?' },
      tone: 'internal',
      items: [
        {
          text: {
            nl: 'Hoe ontstaan partnerschappen bij jullie?',
            en: 'How do partnerships emerge in your organisation?',
          },
        },
        {
          text: { nl: 'Wat werkt verrassend goed?', en: 'What works surprisingly well?' },
          step: 1,
        },
        {
          text: {
            nl: 'Wat blijkt lastiger dan gedacht?',
            en: 'What turns out harder than expected?',
          },
          step: 2,
        },
        { text: { nl: 'Wat heeft het team nodig?', en: 'What does the team need?' }, step: 3 },
      ],
      minutes: 0.75,
      notes: {
        nl: `En creëer tegelijk interne ruimte voor reflectie.

Wat ontdekken jullie over hoe partnerschappen bij jullie ontstaan? [klik] Wat werkt verrassend goed? [klik] Wat blijkt lastiger dan gedacht? [klik] En wat heeft het team nodig?

Die laatste vraag komt bij deze tafel terecht. Als het team merkt dat declarabele uren in de weg zitten, moet iemand aan deze tafel daar iets aan durven doen.`,
        en: `And at the same time, create room inside for reflection.

What are you discovering about how partnerships emerge in your organisation? [click] What works surprisingly well? [click] What turns out harder than expected? [click] And what does the team need?

That last question ends up with the people at this table. If the team finds that billable hours get in the way, someone at this table has to be willing to do something about it.`,
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

Niet eerst de klantrelatie op orde en daarna de organisatie. En ook niet eerst intern alles herinrichten voordat je een klant belt. Ze groeien samen, in kleine stappen, en ze voeden elkaar.

[klik] En blijf nieuwsgierig naar wat er ontstaat. Wat je achter de bar ontdekt, staat in geen enkel plan.`,
        en: `Both movements. Let them grow together.

Not the client relationship first and the organisation later. Nor redesigning everything inside before you call a single client. They grow together, in small steps, and they feed each other.

[click] And stay curious about what emerges. What you discover behind the bar isn’t in any plan.`,
      },
    },
  ],
};
