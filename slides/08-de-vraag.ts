import type { Section } from '../src/model/authored.ts';

export const deVraag: Section = {
  title: { nl: 'De vraag voor jou' },
  slides: [
    {
      kind: 'question',
      id: 'de-vraag-voor-jou',
      kicker: { nl: 'De vraag voor jou' },
      question: { nl: 'Plannen en uitrollen, of een dubbele uitdaging?' },
      lines: [
        {
          text: { nl: 'Herken je het patroon: de ene dimensie beweegt, de andere staat stil?' },
          step: 1,
        },
      ],
      timer: { minutes: 5 },
      minutes: 5,
      notes: {
        nl: `Dan de vraag voor jou. Behandel je service-evolutie als iets dat je kunt plannen en uitrollen? Of als een dubbele uitdaging, waarbij beide dimensies ruimte nodig hebben om samen te groeien?

[klik] En herken je dit patroon? Misschien focus op de ene dimensie, terwijl de andere stil staat?

Neem hier de tijd voor: start de timer (T), vijf minuten. Laat eerst iedereen een minuut voor zichzelf nadenken, bespreek het dan in tweetallen en haal daarna een paar voorbeelden op. Vraag door op concrete klanten en concrete systemen, niet op intenties.`,
      },
    },
    {
      kind: 'statement',
      id: 'zelf-of-met-begeleiding',
      kicker: { nl: 'Hoe verder' },
      statement: { nl: 'Sommige organisaties doen dit zelf.' },
      lines: [
        {
          text: { nl: 'Anderen ontdekken onderweg dat begeleiding helpt.' },
          step: 1,
        },
        { text: { nl: 'Iemand die meeloopt in beide dimensies.' }, step: 2 },
      ],
      minutes: 0.75,
      notes: {
        nl: `Hoe ga je verder? Sommige organisaties doen dit zelf, en dat kan heel goed.

[klik] Anderen ontdekken onderweg dat begeleiding helpt. [klik] Iemand die meeloopt in beide dimensies: die met je mee achter de bar gaat staan bij de klant, en die tegelijk binnen helpt kijken naar wat je meet, waardeert en beloont.

Er is geen goed of fout antwoord. Het gaat erom wat bij jullie past, in deze fase.`,
      },
    },
    {
      kind: 'question',
      id: 'wat-past-er-voor-jou',
      question: { nl: 'Wat past er voor jou, nu?' },
      shareLink: true,
      minutes: 0.5,
      notes: {
        nl: `Dus, tot slot, de vraag waar ik jullie mee achterlaat: wat past er voor jou, nu?

Niet voor de organisatie in het algemeen, niet voor over drie jaar. Voor jou, in jouw rol, nu.

Misschien is het één klant die je deze week belt. Misschien is het één maatstaf die je ter discussie stelt. Ik ben benieuwd wat jullie kiezen. Dank jullie wel.`,
      },
    },
  ],
};
