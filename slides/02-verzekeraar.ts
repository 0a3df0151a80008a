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
      kicker: { nl: 'Wat we steeds weer zien', en: 'What we see time and again' },
      title: {
        nl: 'Een verzekeraar wilde restauranteigenaren beter begrijpen',
        en: 'An insurer wanted to understand restaurant owners better',
      },
      items: [
        { text: { nl: 'Klantonderzoek', en: 'Customer research' } },
        { text: { nl: 'Workshops', en: 'Workshops' } },
        { text: { nl: 'Alles netjes voorbereid', en: 'Everything neatly prepared' } },
      ],
      minutes: 0.5,
      notes: {
        nl: `Een verzekeraar wilde restauranteigenaren beter begrijpen. Een mooie ambitie: niet alleen polissen verkopen, maar snappen wat er bij die klanten speelt.

Ze pakten het aan zoals wij dat allemaal zouden doen. Klantonderzoek. Workshops. Alles netjes voorbereid, professioneel opgezet.

Niets mis mee. Maar let op: dit is de manier waarop een organisatie van buitenaf naar een klant kijkt. Vanuit onze eigen vragen, op onze eigen momenten, in onze eigen vergaderzalen.`,
        en: `An insurer wanted to understand restaurant owners better. A fine ambition: not just selling policies, but grasping what is really going on for those clients.

They went about it the way any of us would. Customer research. Workshops. Everything neatly prepared, professionally set up.

Nothing wrong with that. But notice: this is how an organisation looks at a client from the outside. Through our own questions, at our own moments, in our own meeting rooms.`,
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
        nl: `Tot iemand zei: "Laten we gewoon achter de bar gaan staan."

Laat die zin even landen. Geen onderzoek óver de restauranteigenaar, maar een avond meedraaien in zijn werkelijkheid. Zien wat hij ziet, horen wat zijn personeel vraagt, voelen waar het knelt.

Dat veranderde alles. Ik laat jullie zien wat ze daar ontdekten, want het zijn dingen die je in geen enkele workshop te horen krijgt.`,
        en: `Until someone said: “Let’s just go and stand behind the bar.”

Let that sentence sink in. Not research about the restaurant owner, but an evening spent working inside his reality. Seeing what he sees, hearing what his staff ask, feeling where it pinches.

That changed everything. Let me show you what they discovered there, because these are things you will never hear in any workshop.`,
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
      minutes: 0.75,
      notes: {
        nl: `Eerste ontdekking: restauranteigenaren geven meer uit aan toiletpapier dan aan verzekeringen.

Dat is even slikken als je verzekeraar bent. Het product waar jij je hele organisatie omheen hebt gebouwd, is voor je klant een kleine post, ergens onderaan de lijst.

Dat is geen reden om cynisch te worden. Het is informatie. Het vertelt je waar hun aandacht zit: bij de zaak die vanavond moet draaien. Wie partner wil zijn, begint daar, en niet bij de eigen producten.`,
        en: `First discovery: restaurant owners spend more on toilet paper than on insurance.

That’s hard to swallow if you’re an insurer. The product you have built your entire organisation around is, for your client, a minor expense somewhere near the bottom of the list.

That’s no reason to turn cynical. It’s information. It tells you where their attention is: on the business that has to run tonight. Anyone who wants to be a partner starts there, not with their own products.`,
      },
    },
    {
      kind: 'fact',
      id: 'het-raam',
      picture: 'broken-window',
      kicker: { nl: 'Als er een raam sneuvelt', en: 'When a window gets smashed' },
      fact: {
        nl: 'Geen schade-expert. Nu een nieuw raam.',
        en: 'No loss adjuster. A new window, now.',
      },
      point: {
        text: { nl: 'Want ze moeten vandaag nog open.', en: 'Because they have to open today.' },
        step: 1,
      },
      minutes: 0.75,
      notes: {
        nl: `Tweede ontdekking. Als er een raam sneuvelt, willen ze geen schade-expert. Ze willen nú een nieuw raam, want ze moeten vandaag nog open.

Kijk hoe groot het verschil is. Het proces van de verzekeraar is ingericht op de schade beoordelen en afhandelen. Zorgvuldig, correct. Maar de ondernemer heeft een heel ander probleem: vanavond staan er gasten voor de deur.

Vanaf onze kant is het een claim. Vanaf hun kant is het een avond omzet.`,
        en: `Second discovery. When a window gets smashed, they don’t want a loss adjuster. They want a new window, now, because they have to open today.

Look at how big that gap is. The insurer’s process is built to assess and settle the damage. Careful, correct. But the owner has a completely different problem: tonight there will be guests at the door.

From our side, it’s a claim. From theirs, it’s an evening’s takings.`,
      },
    },
    {
      kind: 'statement',
      id: 'de-doorbraak',
      picture: 'breakthrough',
      kicker: { nl: 'De doorbraak', en: 'The breakthrough' },
      statement: {
        nl: 'Help ondernemers met hun dagelijkse uitdagingen.',
        en: 'Help business owners with their day-to-day challenges.',
      },
      lines: [
        {
          text: {
            nl: 'Met kennis, netwerk en serviceorganisatie, breder ingezet.',
            en: 'With knowledge, network and service organisation, used more widely.',
          },
          step: 1,
        },
      ],
      tone: 'external',
      minutes: 0.5,
      notes: {
        nl: `En dan de doorbraak. Verzekeraars kunnen ondernemers helpen met hun dagelijkse uitdagingen, door hun kennis, hun netwerk en hun serviceorganisatie breder in te zetten.

Die verzekeraar kent glaszetters, installateurs, juristen. Ze weten wat er in duizenden zaken misgaat en wat je kunt voorkomen. Dat is waardevol voor een restauranteigenaar, veel waardevoller dan de polis zelf.

Dat inzicht kwam niet uit de workshops. Het kwam van achter de bar.`,
        en: `And then the breakthrough. Insurers can help business owners with their day-to-day challenges by putting their knowledge, their network and their service organisation to wider use.

That insurer knows glaziers, tradespeople, lawyers. It knows what goes wrong in thousands of businesses and what can be prevented. That is valuable to a restaurant owner, far more valuable than the policy itself.

That insight didn’t come out of the workshops. It came from behind the bar.`,
      },
    },
  ],
};
