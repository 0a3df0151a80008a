import type { Section } from '../src/model/authored.ts';
import { deSpanningDiagram } from './diagrams/de-spanning.ts';

export const uitdaging: Section = {
  title: { nl: 'De dubbele uitdaging', en: 'The double challenge' },
  slides: [
    {
      kind: 'columns',
      id: 'training-versus-systemen',
      kicker: { nl: 'De dubbele uitdaging', en: 'The double challenge' },
      title: {
        nl: 'Geïnvesteerd in het nieuwe, afgerekend op het oude',
        en: 'Invested in the new, judged by the old',
      },
      columns: [
        {
          heading: { nl: 'Geïnvesteerd in training', en: 'Invested in training' },
          // What the training is for: the client relationship.
          tone: 'external',
          items: [
            { text: { nl: 'Adviesvaardigheden', en: 'Advisory skills' } },
            { text: { nl: 'Partnerschapsvaardigheden', en: 'Partnership skills' } },
            { text: { nl: 'Nieuwe proposities', en: 'New propositions' } },
          ],
        },
        {
          heading: { nl: 'Systemen op efficiëntie', en: 'Systems geared to efficiency' },
          // What is measured and rewarded: the internal movement's colour.
          tone: 'internal',
          step: 1,
          items: [
            {
              text: { nl: 'Declarabele uren als maatstaf', en: 'Billable hours as the yardstick' },
            },
            { text: { nl: 'Bezettingsgraad wordt gemeten', en: 'Utilisation is measured' } },
            { text: { nl: 'Agenda’s zitten vol', en: 'Calendars are full' } },
          ],
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Dit patroon komt vaak voor. Service-evolutie is een dubbele uitdaging: buiten verandert de relatie, binnen moeten mensen en systemen meebewegen.

Kijk waar de spanning zit. Er is geïnvesteerd in training: adviesvaardigheden, partnerschapsvaardigheden, nieuwe proposities. Professioneel opgezet.

[klik] Tegelijk blijven de systemen gericht op efficiëntie. Declarabele uren zijn de belangrijkste maatstaf. De bezettingsgraad wordt gemeten. De agenda’s zitten vol.

Welke van die twee kolommen bepaalt bij jullie wat er op maandagochtend gebeurt?`,
        en: `This pattern is common. Service evolution is a double challenge: outside, the relationship changes; inside, people and systems have to move with it.

Look where the tension lies. There has been investment in training: advisory skills, partnership skills, new propositions. Professionally set up.

[click] At the same time, the systems stay geared to efficiency. Billable hours are the main yardstick. Utilisation is measured. Calendars are full.

Which of those two columns decides what actually happens in your organisation on a Monday morning?`,
      },
    },
    {
      kind: 'diagram',
      id: 'de-spanning',
      kicker: { nl: 'De spanning', en: 'The tension' },
      title: { nl: 'Getrokken in twee richtingen', en: 'Pulled in two directions' },
      diagram: deSpanningDiagram,
      minutes: 0.5,
      notes: {
        nl: `Professionals voelen de trek in verschillende richtingen.

[klik] Aan de ene kant: ze willen anders werken, dichter bij de klant. Daar is de training voor.

[klik] Aan de andere kant blijft de druk van targets. Declarabele uren, bezettingsgraad, een volle agenda.

Partnerschapsdenken botst op transactionele KPI’s. Die botsing zit niet in de persoon. Ze zit in hoe de organisatie is ingericht.`,
        en: `Professionals feel pulled in different directions.

[click] On one side, they want to work differently, closer to the client. That’s what the training is for.

[click] On the other, the pressure of targets remains. Billable hours, utilisation, a full calendar.

Partnership thinking collides with transactional KPIs. That collision isn’t in the person. It’s in how the organisation is set up.`,
      },
    },
    {
      kind: 'bullets',
      id: 'wat-het-vraagt',
      kicker: { nl: 'Verder dan training', en: 'Beyond training' },
      title: {
        nl: 'Externe evolutie vraagt interne verandering',
        en: 'External evolution calls for internal change',
      },
      tone: 'internal',
      items: [
        { text: { nl: 'Hoe waardeer je werk?', en: 'How do you value work?' } },
        { text: { nl: 'Wat meet je?', en: 'What do you measure?' }, step: 1 },
        { text: { nl: 'Hoe maak je tijd vrij?', en: 'How do you free up time?' }, step: 2 },
        { text: { nl: 'Wat beloon je?', en: 'What do you reward?' }, step: 3 },
        {
          text: {
            nl: 'Van individuele prestatie naar collectief leren',
            en: 'From individual performance to collective learning',
          },
          step: 4,
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Wat dit laat zien: externe evolutie vraagt interne verandering die verder gaat dan training.

Het dwingt je om te heroverwegen hoe je werk waardeert. [klik] Wat je meet. [klik] Hoe je tijd vrijmaakt, want tijd achter de bar moet ergens vandaan komen. [klik] Wat je beloont.

[klik] En uiteindelijk vraagt het een cultuurverschuiving: van individuele prestatie naar collectief leren. Van “hoeveel uren heb jij gemaakt?” naar “wat hebben we samen over onze klanten ontdekt?”. Dat zijn vragen voor deze tafel.`,
        en: `What this shows: external evolution calls for internal change that goes beyond training.

It forces you to rethink how you value work. [click] What you measure. [click] How you free up time, because time behind the bar has to come from somewhere. [click] What you reward.

[click] And in the end it calls for a cultural shift: from individual performance to collective learning. From “how many hours did you bill?” to “what have we discovered together about our clients?”. Those are questions for this table.`,
      },
    },
  ],
};
