import type { Section } from '../src/model/authored.ts';
import { deSpanningDiagram } from './diagrams/de-spanning.ts';

export const uitdaging: Section = {
  title: { nl: 'De dubbele uitdaging' },
  slides: [
    {
      kind: 'statement',
      id: 'dubbele-uitdaging',
      kicker: { nl: 'Dit patroon zien we vaak' },
      statement: { nl: 'Service-evolutie vraagt een dubbele uitdaging.' },
      minutes: 0.5,
      notes: {
        nl: `Dit patroon zien we vaak, ook buiten de verzekeringswereld. Service-evolutie, de stap van leveren naar samen ontwikkelen, vraagt een dubbele uitdaging.

Buiten moet de relatie veranderen. Binnen moeten mensen en systemen meebewegen.

De meeste organisaties zijn goed in het eerste plannen. Het tweede blijkt weerbarstiger, en daar wil ik nu even bij stilstaan. Want daar zit het antwoord op de vraag waarom het zes maanden later anders loopt dan verwacht.`,
      },
    },
    {
      kind: 'columns',
      id: 'training-versus-systemen',
      kicker: { nl: 'Kijk waar de spanning zit' },
      title: { nl: 'Geïnvesteerd in het nieuwe, gemeten op het oude' },
      columns: [
        {
          heading: { nl: 'Geïnvesteerd in training' },
          tone: 'external',
          items: [
            { text: { nl: 'Adviesvaardigheden' } },
            { text: { nl: 'Partnerschapsvaardigheden' } },
            { text: { nl: 'Nieuwe proposities' } },
          ],
        },
        {
          heading: { nl: 'Systemen op efficiëntie' },
          tone: 'neutral',
          step: 1,
          items: [
            { text: { nl: 'Declarabele uren als maatstaf' } },
            { text: { nl: 'Bezettingsgraad wordt gemeten' } },
            { text: { nl: 'Agenda’s zitten vol' } },
          ],
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Kijk waar de spanning zit. Er is geïnvesteerd in training: adviesvaardigheden, partnerschapsvaardigheden, nieuwe proposities. Professioneel opgezet.

[klik] Tegelijk blijven de systemen gericht op efficiëntie. Declarabele uren zijn de belangrijkste maatstaf. De bezettingsgraad wordt gemeten. De agenda's zitten vol.

Dus we vragen mensen om anders te werken, en we meten ze op de oude manier. Vraag voor jezelf: welke van deze twee kolommen bepaalt bij ons wat er op maandagochtend gebeurt?`,
      },
    },
    {
      kind: 'diagram',
      id: 'de-spanning',
      kicker: { nl: 'De spanning' },
      title: { nl: 'De professional staat ertussen' },
      diagram: deSpanningDiagram,
      minutes: 0.75,
      notes: {
        nl: `Zo ziet die spanning er voor één professional uit.

[klik] Aan de ene kant trekt het partnerschapsdenken: de training, de adviesvaardigheden, de nieuwe proposities. Daar hebben we in geïnvesteerd.

[klik] Aan de andere kant trekken de transactionele KPI's: declarabele uren, bezettingsgraad, volle agenda's. Daar sturen we nog steeds op.

En de professional staat ertussen, elke dag opnieuw.`,
      },
    },
    {
      kind: 'statement',
      id: 'getrokken-in-twee-richtingen',
      kicker: { nl: 'Professionals voelen de trek' },
      statement: { nl: 'Ze willen anders werken. De druk van targets blijft.' },
      lines: [{ text: { nl: 'Partnerschapsdenken botst op transactionele KPI’s.' }, step: 1 }],
      minutes: 0.75,
      notes: {
        nl: `Professionals voelen de trek in verschillende richtingen. Ze willen anders werken, ze hebben de training gevolgd, ze geloven erin. Maar de druk van targets blijft.

[klik] Partnerschapsdenken botst op transactionele KPI's.

En wat doet een professional als het erop aankomt? Die kiest voor wat gemeten wordt. Dat is geen onwil, dat is verstandig gedrag in het systeem dat wij hebben gebouwd. Als we willen dat mensen anders kiezen, moeten we naar dat systeem kijken.`,
      },
    },
    {
      kind: 'bullets',
      id: 'wat-het-vraagt',
      kicker: { nl: 'Verder dan training' },
      title: { nl: 'Externe evolutie vraagt interne verandering' },
      tone: 'internal',
      items: [
        { text: { nl: 'Hoe waardeer je werk?' }, step: 1 },
        { text: { nl: 'Wat meet je?' }, step: 2 },
        { text: { nl: 'Hoe maak je tijd vrij?' }, step: 3 },
        { text: { nl: 'Wat beloon je?' }, step: 4 },
      ],
      minutes: 0.75,
      notes: {
        nl: `Wat dit laat zien: externe evolutie vraagt interne verandering die verder gaat dan training.

Het dwingt je om te heroverwegen hoe je werk waardeert. [klik] Wat je meet. [klik] Hoe je tijd vrijmaakt, want een avond achter de bar moet ergens vandaan komen. [klik] En wat je beloont.

Dit zijn geen vragen voor HR of voor de controller alleen. Dit zijn vragen voor deze tafel. Zolang het antwoord op deze vier vragen hetzelfde blijft, blijft het gedrag ook hetzelfde, hoe goed de training ook was.`,
      },
    },
    {
      kind: 'shift',
      id: 'collectief-leren',
      kicker: { nl: 'Een cultuurverschuiving' },
      title: { nl: 'Wat er echt moet verschuiven' },
      tone: 'internal',
      from: { nl: 'Individuele prestatie' },
      to: { text: { nl: 'Collectief leren' }, step: 1 },
      minutes: 0.5,
      notes: {
        nl: `Uiteindelijk vraagt het een cultuurverschuiving: van individuele prestatie naar collectief leren.

In een systeem van individuele prestatie is de vraag: hoeveel uren heb jij gemaakt, hoeveel heb jij verkocht? In een cultuur van collectief leren is de vraag: wat hebben we deze maand samen ontdekt over onze klanten, en wat doen we daarmee?

Dat is een ander gesprek, in het MT, in de teams en in de beoordeling.`,
      },
    },
  ],
};
