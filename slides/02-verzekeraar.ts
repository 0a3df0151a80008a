import type { Section } from '../src/model/authored.ts';

export const verzekeraar: Section = {
  title: { nl: 'De verzekeraar en de restauranteigenaren' },
  slides: [
    {
      kind: 'bullets',
      id: 'de-verzekeraar',
      kicker: { nl: 'Wat we steeds weer zien' },
      title: { nl: 'Een verzekeraar wilde restauranteigenaren beter begrijpen' },
      items: [
        { text: { nl: 'Klantonderzoek' } },
        { text: { nl: 'Workshops' } },
        { text: { nl: 'Alles netjes voorbereid' } },
      ],
      minutes: 0.5,
      notes: {
        nl: `Een verzekeraar wilde restauranteigenaren beter begrijpen. Een mooie ambitie: niet alleen polissen verkopen, maar snappen wat er bij die klanten speelt.

Ze pakten het aan zoals wij dat allemaal zouden doen. Klantonderzoek. Workshops. Alles netjes voorbereid, professioneel opgezet.

Niets mis mee. Maar let op: dit is de manier waarop een organisatie van buitenaf naar een klant kijkt. Vanuit onze eigen vragen, op onze eigen momenten, in onze eigen vergaderzalen.`,
      },
    },
    {
      kind: 'quote',
      id: 'achter-de-bar',
      lead: { nl: 'Tot iemand zei:' },
      quote: { nl: 'Laten we gewoon achter de bar gaan staan.' },
      minutes: 0.5,
      notes: {
        nl: `Tot iemand zei: "Laten we gewoon achter de bar gaan staan."

Laat die zin even landen. Geen onderzoek óver de restauranteigenaar, maar een avond meedraaien in zijn werkelijkheid. Zien wat hij ziet, horen wat zijn personeel vraagt, voelen waar het knelt.

Dat veranderde alles. Ik laat jullie zien wat ze daar ontdekten, want het zijn dingen die je in geen enkele workshop te horen krijgt.`,
      },
    },
    {
      kind: 'fact',
      id: 'toiletpapier',
      kicker: { nl: 'Wat ze achter de bar zagen' },
      fact: { nl: 'Restauranteigenaren geven meer uit aan toiletpapier dan aan verzekeringen.' },
      point: { text: { nl: 'Hun dag draait niet om de polis.' }, step: 1 },
      minutes: 0.75,
      notes: {
        nl: `Eerste ontdekking: restauranteigenaren geven meer uit aan toiletpapier dan aan verzekeringen.

Dat is even slikken als je verzekeraar bent. Het product waar jij je hele organisatie omheen hebt gebouwd, is voor je klant een kleine post, ergens onderaan de lijst.

Dat is geen reden om cynisch te worden. Het is informatie. Het vertelt je waar hun aandacht zit: bij de zaak die vanavond moet draaien. Wie partner wil zijn, begint daar, en niet bij de eigen producten.`,
      },
    },
    {
      kind: 'fact',
      id: 'het-raam',
      kicker: { nl: 'Als er een raam sneuvelt' },
      fact: { nl: 'Geen schade-expert. Nu een nieuw raam.' },
      point: { text: { nl: 'Want ze moeten vandaag nog open.' }, step: 1 },
      minutes: 0.75,
      notes: {
        nl: `Tweede ontdekking. Als er een raam sneuvelt, willen ze geen schade-expert. Ze willen nú een nieuw raam, want ze moeten vandaag nog open.

Kijk hoe groot het verschil is. Het proces van de verzekeraar is ingericht op de schade beoordelen en afhandelen. Zorgvuldig, correct. Maar de ondernemer heeft een heel ander probleem: vanavond staan er gasten voor de deur.

Vanaf onze kant is het een claim. Vanaf hun kant is het een avond omzet.`,
      },
    },
    {
      kind: 'statement',
      id: 'de-doorbraak',
      kicker: { nl: 'De doorbraak' },
      statement: { nl: 'Help ondernemers met hun dagelijkse uitdagingen.' },
      lines: [
        { text: { nl: 'Met kennis, netwerk en serviceorganisatie, breder ingezet.' }, step: 1 },
      ],
      tone: 'external',
      minutes: 0.75,
      notes: {
        nl: `En dan de doorbraak. Verzekeraars kunnen ondernemers helpen met hun dagelijkse uitdagingen, door hun kennis, hun netwerk en hun serviceorganisatie breder in te zetten.

Die verzekeraar kent glaszetters, installateurs, juristen. Ze weten wat er in duizenden zaken misgaat en wat je kunt voorkomen. Dat is waardevol voor een restauranteigenaar, veel waardevoller dan de polis zelf.

Dat inzicht kwam niet uit de workshops. Het kwam van achter de bar.`,
      },
    },
  ],
};
