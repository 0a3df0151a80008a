import type { Section } from '../src/model/authored.ts';

export const verzekeraar: Section = {
  title: {
    nl: 'De verzekeraar en de restauranteigenaren',
    en: 'The insurer and the restaurant owners',
  },
  slides: [
    {
      kind: 'bullets',
      id: 'de-verzekeraar',
      kicker: { nl: 'Een verhaal', en: 'A story' },
      title: {
        nl: 'Een verzekeraar wilde restauranteigenaren beter begrijpen',
        en: 'An insurer wanted to understand restaurant owners better',
      },
      items: [
        { text: { nl: 'Klantonderzoek', en: 'Client research' } },
        { text: { nl: 'Workshops', en: 'Workshops' } },
        { text: { nl: 'Alles netjes voorbereid', en: 'Everything neatly prepared' } },
      ],
      minutes: 0.5,
      notes: {
        nl: `Een verzekeraar wilde restauranteigenaren beter begrijpen. Een mooie ambitie.

Ze pakten het degelijk aan. Klantonderzoek. Workshops. Alles netjes voorbereid.

Daar is niets mis mee. Maar kijk wat het is: een organisatie die naar haar klanten kijkt vanuit haar eigen vragen, op haar eigen momenten, op haar eigen terrein.`,
        en: `An insurer wanted to understand restaurant owners better. A fine ambition.

They went about it thoroughly. Client research. Workshops. Everything neatly prepared.

Nothing wrong with that. But look at what it is: an organisation looking at its clients through its own questions, at its own moments, on its own ground.`,
      },
    },
    {
      kind: 'quote',
      id: 'achter-de-bar',
      picture: 'bar',
      lead: { nl: 'Tot iemand zei:', en: 'Until someone said:' },
      quote: {
        nl: 'Laten we gewoon achter de bar gaan staan.',
        en: 'Let’s just go and stand behind the bar.',
      },
      minutes: 0.5,
      notes: {
        nl: `Tot iemand zei: “Laten we gewoon achter de bar gaan staan.”

[pauze]

Laat die zin even landen. Geen onderzoek óver restauranteigenaren, maar gaan staan waar zij staan. In hun zaak, in hun werkelijkheid.

Dat veranderde alles. Ik laat jullie twee dingen zien die ze daar ontdekten.`,
        en: `Until someone said: “Let’s just go and stand behind the bar.”

[pause]

Let that sentence sink in. Not research about restaurant owners, but standing where they stand. In their business, in their reality.

That changed everything. Let me show you two things they discovered there.`,
      },
    },
    {
      kind: 'fact',
      id: 'toiletpapier',
      picture: 'toilet-paper',
      kicker: { nl: 'Wat ze achter de bar zagen', en: 'What they saw behind the bar' },
      fact: {
        nl: 'Restauranteigenaren geven meer uit aan toiletpapier dan aan verzekeringen.',
        en: 'Restaurant owners spend more on toilet paper than on insurance.',
      },
      point: {
        text: {
          nl: 'Hun dag draait niet om de polis.',
          en: 'Their day doesn’t revolve around the policy.',
        },
        step: 1,
      },
      minutes: 0.5,
      notes: {
        nl: `Het eerste: restauranteigenaren geven meer uit aan toiletpapier dan aan verzekeringen.

Dat is even slikken als je verzekeraar bent. Het product waar je je organisatie omheen hebt gebouwd, kost je klant minder dan het toiletpapier.

[klik] Hun dag draait niet om de polis. Dat is geen cynisme, het is informatie: een partner begint bij de dag van de klant, niet bij het product.`,
        en: `The first: restaurant owners spend more on toilet paper than on insurance.

That’s hard to swallow if you’re an insurer. The product you have built your organisation around costs your client less than the toilet paper.

[click] Their day doesn’t revolve around the policy. That isn’t cynicism, it’s information: a partner starts with the client’s day, not with the product.`,
      },
    },
    {
      kind: 'fact',
      id: 'het-raam',
      picture: 'broken-window',
      kicker: { nl: 'Als er een raam sneuvelt', en: 'When a window breaks' },
      fact: {
        nl: 'Geen schade-expert. Nu een nieuw raam.',
        en: 'No loss adjuster. A new window, now.',
      },
      point: {
        text: { nl: 'Want ze moeten vandaag nog open.', en: 'Because they have to open today.' },
        step: 1,
      },
      minutes: 0.5,
      notes: {
        nl: `Het tweede. Als er een raam sneuvelt, willen ze geen schade-expert. Ze willen nú een nieuw raam.

[klik] Want ze moeten vandaag nog open.

Kijk hoe groot dat verschil is. Een schade-expert komt beoordelen. Maar de ondernemer heeft een ander probleem. Voor de verzekeraar is het een claim. Voor de ondernemer is het de vraag of de deur vandaag open kan.`,
        en: `The second. When a window breaks, they don’t want a loss adjuster. They want a new window, now.

[click] Because they have to open today.

Look at the size of that gap. A loss adjuster comes to assess. But the owner has a different problem. For the insurer, it’s a claim. For the owner, it’s about whether they can open today.`,
      },
    },
    {
      kind: 'statement',
      id: 'de-doorbraak',
      picture: 'breakthrough',
      kicker: { nl: 'De doorbraak', en: 'The breakthrough' },
      statement: {
        nl: 'Verzekeraars kunnen ondernemers helpen met dagelijkse uitdagingen.',
        en: 'Insurers can help business owners with everyday challenges.',
      },
      lines: [
        {
          text: {
            nl: 'Door hun kennis, netwerk en serviceorganisatie breder in te zetten.',
            en: 'By putting their knowledge, network and service organisation to wider use.',
          },
          step: 1,
        },
      ],
      tone: 'external',
      minutes: 0.5,
      notes: {
        nl: `En dan de doorbraak. Verzekeraars kunnen ondernemers helpen met hun dagelijkse uitdagingen.

[klik] Door hun kennis, hun netwerk en hun serviceorganisatie breder in te zetten. Niet alleen als er schade is, maar in het dagelijks werk van de ondernemer.

Let op waar dat inzicht vandaan kwam. Niet uit het klantonderzoek, niet uit de workshops. Het kwam van achter de bar.`,
        en: `And then the breakthrough. Insurers can help business owners with their everyday challenges.

[click] By putting their knowledge, their network and their service organisation to wider use. Not only when there is a claim, but in the owner’s working day.

Notice where that insight came from. Not from the client research, not from the workshops. It came from behind the bar.`,
      },
    },
  ],
};
