import type { Section } from '../src/model/authored.ts';
import { deSpanningDiagram } from './diagrams/de-spanning.ts';

export const uitdaging: Section = {
  title: { nl: 'De dubbele uitdaging', en: 'The double challenge' },
  slides: [
    {
      kind: 'statement',
      id: 'dubbele-uitdaging',
      kicker: { nl: 'Dit patroon zien we vaak', en: 'A pattern we see often' },
      statement: {
        nl: 'Service-evolutie vraagt een dubbele uitdaging.',
        en: 'Service evolution poses a double challenge.',
      },
      minutes: 0.5,
      notes: {
        nl: `Dit patroon zien we vaak, ook buiten de verzekeringswereld. Service-evolutie, de stap van leveren naar samen ontwikkelen, vraagt een dubbele uitdaging.

Buiten moet de relatie veranderen. Binnen moeten mensen en systemen meebewegen.

De meeste organisaties zijn goed in het eerste plannen. Het tweede blijkt weerbarstiger, en daar wil ik nu even bij stilstaan. Want daar zit het antwoord op de vraag waarom het zes maanden later anders loopt dan verwacht.`,
        en: `We see this pattern often, and not only in insurance. Service evolution, the step from delivering to developing together, poses a double challenge.

Outside, the relationship has to change. Inside, people and systems have to move with it.

Most organisations are good at planning the first. The second proves more stubborn, and that is what I want to dwell on now. Because that is where the answer lies to why, six months later, things turn out differently than expected.`,
      },
    },
    {
      kind: 'columns',
      id: 'training-versus-systemen',
      kicker: { nl: 'Kijk waar de spanning zit', en: 'Where the tension lies' },
      title: {
        nl: 'Geïnvesteerd in het nieuwe, gemeten op het oude',
        en: 'Invested in the new, measured on the old',
      },
      columns: [
        {
          heading: { nl: 'Geïnvesteerd in training', en: 'Invested in training' },
          tone: 'external',
          items: [
            { text: { nl: 'Adviesvaardigheden', en: 'Advisory skills' } },
            { text: { nl: 'Partnerschapsvaardigheden', en: 'Partnership skills' } },
            { text: { nl: 'Nieuwe proposities', en: 'New propositions' } },
          ],
        },
        {
          heading: { nl: 'Systemen op efficiëntie', en: 'Efficiency-driven systems' },
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
        nl: `Kijk waar de spanning zit. Er is geïnvesteerd in training: adviesvaardigheden, partnerschapsvaardigheden, nieuwe proposities. Professioneel opgezet.

[klik] Tegelijk blijven de systemen gericht op efficiëntie. Declarabele uren zijn de belangrijkste maatstaf. De bezettingsgraad wordt gemeten. De agenda's zitten vol.

Dus we vragen mensen om anders te werken, en we meten ze op de oude manier. Vraag voor jezelf: welke van deze twee kolommen bepaalt bij ons wat er op maandagochtend gebeurt?`,
        en: `Look where the tension lies. We have invested in training: advisory skills, partnership skills, new propositions. Professionally set up.

[click] At the same time, the systems remain geared to efficiency. Billable hours are the main yardstick. Utilisation is measured. Calendars are full.

So we ask people to work differently, and we measure them the old way. Ask yourself: which of these two columns decides what actually happens here on a Monday morning?`,
      },
    },
    {
      kind: 'diagram',
      id: 'de-spanning',
      kicker: { nl: 'De spanning', en: 'The tension' },
      title: { nl: 'De professional staat ertussen', en: 'The professional is caught in between' },
      diagram: deSpanningDiagram,
      minutes: 0.5,
      notes: {
        nl: `Zo ziet die spanning er voor één professional uit.

[klik] Aan de ene kant trekt het partnerschapsdenken: de training, de adviesvaardigheden, de nieuwe proposities. Daar hebben we in geïnvesteerd.

[klik] Aan de andere kant trekken de transactionele KPI's: declarabele uren, bezettingsgraad, volle agenda's. Daar sturen we nog steeds op.

En de professional staat ertussen, elke dag opnieuw.`,
        en: `This is what that tension looks like for one professional.

[click] On one side, partnership thinking pulls: the training, the advisory skills, the new propositions. That is what we invested in.

[click] On the other side, the transactional KPIs pull: billable hours, utilisation, full calendars. That is still what we steer by.

And the professional is caught in between, every single day.`,
      },
    },
    {
      kind: 'statement',
      id: 'getrokken-in-twee-richtingen',
      kicker: { nl: 'Professionals voelen de trek', en: 'Professionals feel the pull' },
      statement: {
        nl: 'Ze willen anders werken. De druk van targets blijft.',
        en: 'They want to work differently. The pressure of targets remains.',
      },
      lines: [
        {
          text: {
            nl: 'Partnerschapsdenken botst op transactionele KPI’s.',
            en: 'Partnership thinking collides with transactional KPIs.',
          },
          step: 1,
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Professionals voelen de trek in verschillende richtingen. Ze willen anders werken, ze hebben de training gevolgd, ze geloven erin. Maar de druk van targets blijft.

[klik] Partnerschapsdenken botst op transactionele KPI's.

En wat doet een professional als het erop aankomt? Die kiest voor wat gemeten wordt. Dat is geen onwil, dat is verstandig gedrag in het systeem dat wij hebben gebouwd. Als we willen dat mensen anders kiezen, moeten we naar dat systeem kijken.`,
        en: `Professionals feel pulled in different directions. They want to work differently, they’ve done the training, they believe in it. But the pressure of targets remains.

[click] Partnership thinking collides with transactional KPIs.

And what does a professional do when push comes to shove? They choose what gets measured. That isn’t unwillingness; it’s sensible behaviour in the system we have built. If we want people to choose differently, we have to look at that system.`,
      },
    },
    {
      kind: 'bullets',
      id: 'wat-het-vraagt',
      kicker: { nl: 'Verder dan training', en: 'Beyond training' },
      title: {
        nl: 'Externe evolutie vraagt interne verandering',
        en: 'External evolution demands internal change',
      },
      tone: 'internal',
      items: [
        { text: { nl: 'Hoe waardeer je werk?', en: 'How do you value work?' }, step: 1 },
        { text: { nl: 'Wat meet je?', en: 'What do you measure?' }, step: 2 },
        { text: { nl: 'Hoe maak je tijd vrij?', en: 'How do you free up time?' }, step: 3 },
        { text: { nl: 'Wat beloon je?', en: 'What do you reward?' }, step: 4 },
      ],
      minutes: 0.75,
      notes: {
        nl: `Wat dit laat zien: externe evolutie vraagt interne verandering die verder gaat dan training.

Het dwingt je om te heroverwegen hoe je werk waardeert. [klik] Wat je meet. [klik] Hoe je tijd vrijmaakt, want een avond achter de bar moet ergens vandaan komen. [klik] En wat je beloont.

Dit zijn geen vragen voor HR of voor de controller alleen. Dit zijn vragen voor deze tafel. Zolang het antwoord op deze vier vragen hetzelfde blijft, blijft het gedrag ook hetzelfde, hoe goed de training ook was.`,
        en: `What this shows: external evolution demands internal change that goes beyond training.

It forces you to rethink how you value work. [click] What you measure. [click] How you free up time, because an evening behind the bar has to come from somewhere. [click] And what you reward.

These are not questions for HR or the controller alone. They are questions for this table. As long as the answers to these four questions stay the same, behaviour stays the same too, however good the training was.`,
      },
    },
    {
      kind: 'shift',
      id: 'collectief-leren',
      kicker: { nl: 'Een cultuurverschuiving', en: 'A cultural shift' },
      title: { nl: 'Wat er echt moet verschuiven', en: 'What really has to shift' },
      tone: 'internal',
      from: { nl: 'Individuele prestatie', en: 'Individual performance' },
      to: { text: { nl: 'Collectief leren', en: 'Collective learning' }, step: 1 },
      minutes: 0.5,
      notes: {
        nl: `Uiteindelijk vraagt het een cultuurverschuiving: van individuele prestatie naar collectief leren.

In een systeem van individuele prestatie is de vraag: hoeveel uren heb jij gemaakt, hoeveel heb jij verkocht? In een cultuur van collectief leren is de vraag: wat hebben we deze maand samen ontdekt over onze klanten, en wat doen we daarmee?

Dat is een ander gesprek, in het MT, in de teams en in de beoordeling.`,
        en: `Ultimately, it calls for a cultural shift: from individual performance to collective learning.

In a system of individual performance, the question is: how many hours did you log, how much did you sell? In a culture of collective learning, the question is: what have we discovered together about our clients this month, and what are we doing with it?

That is a different conversation, in the leadership team, in the teams and in performance reviews.`,
      },
    },
  ],
};
