import type { Section } from '../src/model/authored.ts';

export const opening: Section = {
  title: { nl: 'Opening', en: 'Opening' },
  slides: [
    {
      kind: 'title',
      id: 'titel',
      title: {
        nl: 'Wanneer partnerschap twee bewegingen vraagt',
        en: 'When partnership calls for two movements',
      },
      subtitle: {
        nl: 'Over de klantrelatie én wat er binnen moet veranderen',
        en: 'On the client relationship and what has to change inside',
      },
      byline: { nl: 'MT-sessie', en: 'Leadership team session' },
      minutes: 0.5,
      notes: {
        nl: `Welkom. Vandaag gaat het over partnerschap met klanten, en over iets wat we keer op keer zien gebeuren als organisaties die stap willen zetten.

Mijn stelling in één zin: partnerschap vraagt twee bewegingen tegelijk. Eén naar buiten, in de relatie met de klant. En één naar binnen: in onze mensen, onze systemen, in wat we meten en belonen.

Ik neem jullie mee langs een herkenbare situatie, een verhaal van een verzekeraar en wat dat ons leert. Aan het eind heb ik een vraag voor jullie.`,
        en: `Welcome. Today is about partnership with clients, and about something we see happen time and again when organisations want to take that step.

My argument in one sentence: partnership calls for two movements at once. One outwards, in the relationship with the client. And one inwards: in our people, our systems, in what we measure and reward.

I’ll take you through a situation you’ll recognise, the story of an insurer and what it teaches us. At the end, I have a question for you.`,
      },
    },
    {
      kind: 'bullets',
      id: 'het-plan-staat',
      kicker: { nl: 'Herkenbaar?', en: 'Sound familiar?' },
      title: {
        nl: 'Jullie willen echte partners zijn voor klanten',
        en: 'You want to be real partners to your clients',
      },
      items: [
        {
          text: { nl: 'Er is een visie en een programma', en: 'There is a vision and a programme' },
        },
        {
          text: {
            nl: 'Training in partnerschapsvaardigheden',
            en: 'Training in partnership skills',
          },
          step: 1,
        },
        { text: { nl: 'Nieuwe proposities', en: 'New propositions' }, step: 2 },
        { text: { nl: 'Iedereen is committed', en: 'Everyone is committed' }, step: 3 },
      ],
      minutes: 0.75,
      notes: {
        nl: `Stel je voor: je zit met je MT. Jullie willen echte partners zijn voor klanten. Samen oplossingen ontwikkelen, samen met complexiteit omgaan, samen betekenisvolle impact creëren.

En jullie pakken het serieus aan. Er is een visie, er is een programma. Mensen krijgen training in partnerschapsvaardigheden. Er komen nieuwe proposities.

Het plan staat, de intenties zijn goed, iedereen is committed. Dit is geen MT dat het laat liggen.

Vraag aan de zaal, even in stilte: hoe dicht zit dit bij wat wij de afgelopen jaren hebben gedaan?`,
        en: `Picture this: you’re sitting with your leadership team. You want to be real partners to your clients. Developing solutions together, handling complexity together, creating meaningful impact together.

And you take it seriously. There’s a vision, there’s a programme. People are trained in partnership skills. New propositions are launched.

The plan is in place, the intentions are good, everyone is committed. This is not a leadership team that lets things slide.

A question for the room, silently for a moment: how close is this to what we have done over the past few years?`,
      },
    },
    {
      kind: 'statement',
      id: 'zes-maanden-later',
      kicker: { nl: 'Zes maanden later', en: 'Six months later' },
      statement: {
        nl: 'Veel relaties blijven adviesrelaties.',
        en: 'Many relationships stay advisory.',
      },
      lines: [
        {
          text: { nl: 'Jullie leveren, zij ontvangen.', en: 'You deliver, they receive.' },
          step: 1,
        },
        {
          text: {
            nl: 'De co-creatie die je zocht loopt anders dan verwacht.',
            en: 'The co-creation you were after is turning out differently.',
          },
          step: 2,
        },
      ],
      minutes: 0.5,
      notes: {
        nl: `Zes maanden later merk je iets.

Veel relaties blijven adviesrelaties. Jullie leveren, zij ontvangen. Er wordt hard gewerkt, de systemen draaien, niemand zit stil.

Maar die co-creatie die je zocht... het loopt anders dan verwacht.

Belangrijk: dit ligt niet aan gebrek aan inzet of aan slechte intenties. Het plan was goed. Er gebeurt iets anders, en dat wil ik met jullie uitpluizen. Daarvoor eerst een verhaal.`,
        en: `Six months later, you notice something.

Many relationships stay advisory. You deliver, they receive. People are working hard, the systems are running, nobody is sitting still.

But the co-creation you were after... it’s turning out differently than expected.

Important: this is not down to a lack of effort or to bad intentions. The plan was good. Something else is going on, and I want to unpick it with you. But first, a story.`,
      },
    },
  ],
};
