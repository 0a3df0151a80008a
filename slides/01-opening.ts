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
        en: 'On the client relationship, and what has to change within',
      },
      byline: { nl: 'MT-sessie', en: 'Leadership team session' },
      minutes: 0.5,
      notes: {
        nl: `[stel jezelf kort voor: naam, rol, waarom je hier staat]

Dank jullie wel voor de tijd. Vandaag gaat het over partnerschap met klanten.

Mijn stelling in één zin: partnerschap vraagt twee bewegingen tegelijk. Eén naar buiten, in de klantrelatie. En één naar binnen: in jullie mensen, jullie systemen, in wat jullie meten en belonen.

Ik vertel een verhaal over een verzekeraar. Aan het eind heb ik een vraag voor jullie.`,
        en: `[introduce yourself briefly: name, role, why you are here]

Thank you for your time. Today is about partnership with clients.

My argument in one sentence: partnership calls for two movements at once. One outwards, in the client relationship. And one inwards: in your people, your systems, in what you measure and reward.

I’ll tell you a story about an insurer. At the end, I have a question for you.`,
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
        nl: `Stel je voor: jullie zitten als MT bij elkaar. Jullie willen echte partners zijn voor klanten. Samen oplossingen ontwikkelen, samen met complexiteit omgaan, samen betekenisvolle impact creëren.

Er is een visie en een programma. [klik] Er is training in partnerschapsvaardigheden. [klik] Er zijn nieuwe proposities. [klik] Het plan staat, de intenties zijn goed, iedereen is committed.

Vraag jezelf even in stilte af: hoe dicht zit dit bij wat jullie de afgelopen jaren hebben gedaan?`,
        en: `Picture this: you’re sitting together as a leadership team. You want to be real partners to your clients. Developing solutions together, handling complexity together, creating meaningful impact together.

There is a vision and a programme. [click] There is training in partnership skills. [click] There are new propositions. [click] The plan is in place, the intentions are good, everyone is committed.

Ask yourself, quietly for a moment: how close is this to what you have done over the past few years?`,
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
            nl: 'De co-creatie die jullie zochten, loopt anders dan verwacht.',
            en: 'The co-creation you were after isn’t turning out as expected.',
          },
          step: 2,
        },
      ],
      minutes: 0.5,
      notes: {
        nl: `Zes maanden later merk je iets. Veel relaties blijven adviesrelaties. [klik] Jullie leveren, zij ontvangen. Er wordt hard gewerkt, de systemen draaien.

[klik] Maar die co-creatie die jullie zochten... het loopt anders dan verwacht.

Het ligt niet aan de inzet, en niet aan de intenties. Het plan was goed. Er gebeurt iets anders, en dat wil ik vandaag met jullie uitpluizen. Eerst een verhaal.`,
        en: `Six months later, you notice something. Many relationships stay advisory. [click] You deliver, they receive. Everyone works hard, the systems run.

[click] But the co-creation you were after... it’s turning out differently than you expected.

It isn’t lack of effort, or bad intentions. The plan was good. Something else is going on, and that is what I want to unpick with you today. First, a story.`,
      },
    },
  ],
};
