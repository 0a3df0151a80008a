import type { Section } from '../src/model/authored.ts';

export const opening: Section = {
  title: { nl: 'Opening' },
  slides: [
    {
      kind: 'title',
      id: 'titel',
      title: { nl: 'Wanneer partnerschap twee bewegingen vraagt' },
      subtitle: { nl: 'Over de klantrelatie én wat er binnen moet veranderen' },
      byline: { nl: 'MT-sessie' },
      minutes: 0.5,
      notes: {
        nl: `Welkom. Vandaag gaat het over partnerschap met klanten, en over iets wat we keer op keer zien gebeuren als organisaties die stap willen zetten.

Mijn stelling in één zin: partnerschap vraagt twee bewegingen tegelijk. Eén naar buiten, in de relatie met de klant. En één naar binnen: in onze mensen, onze systemen, in wat we meten en belonen.

Ik neem jullie mee langs een herkenbare situatie, een verhaal van een verzekeraar en wat dat ons leert. Aan het eind heb ik een vraag voor jullie.`,
      },
    },
    {
      kind: 'bullets',
      id: 'het-plan-staat',
      kicker: { nl: 'Herkenbaar?' },
      title: { nl: 'Jullie willen echte partners zijn voor klanten' },
      items: [
        { text: { nl: 'Er is een visie en een programma' } },
        { text: { nl: 'Training in partnerschapsvaardigheden' }, step: 1 },
        { text: { nl: 'Nieuwe proposities' }, step: 2 },
        { text: { nl: 'Iedereen is committed' }, step: 3 },
      ],
      minutes: 0.75,
      notes: {
        nl: `Stel je voor: je zit met je MT. Jullie willen echte partners zijn voor klanten. Samen oplossingen ontwikkelen, samen met complexiteit omgaan, samen betekenisvolle impact creëren.

En jullie pakken het serieus aan. Er is een visie, er is een programma. Mensen krijgen training in partnerschapsvaardigheden. Er komen nieuwe proposities.

Het plan staat, de intenties zijn goed, iedereen is committed. Dit is geen MT dat het laat liggen.

Vraag aan de zaal, even in stilte: hoe dicht zit dit bij wat wij de afgelopen jaren hebben gedaan?`,
      },
    },
    {
      kind: 'statement',
      id: 'zes-maanden-later',
      kicker: { nl: 'Zes maanden later' },
      statement: { nl: 'Veel relaties blijven adviesrelaties.' },
      lines: [
        { text: { nl: 'Jullie leveren, zij ontvangen.' }, step: 1 },
        { text: { nl: 'De co-creatie die je zocht loopt anders dan verwacht.' }, step: 2 },
      ],
      minutes: 0.75,
      notes: {
        nl: `Zes maanden later merk je iets.

Veel relaties blijven adviesrelaties. Jullie leveren, zij ontvangen. Er wordt hard gewerkt, de systemen draaien, niemand zit stil.

Maar die co-creatie die je zocht... het loopt anders dan verwacht.

Belangrijk: dit ligt niet aan gebrek aan inzet of aan slechte intenties. Het plan was goed. Er gebeurt iets anders, en dat wil ik met jullie uitpluizen. Daarvoor eerst een verhaal.`,
      },
    },
  ],
};
