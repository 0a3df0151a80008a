import type { Section } from '../src/model/authored.ts';

export const deVraag: Section = {
  title: { nl: 'De vraag voor jou', en: 'The question for you' },
  slides: [
    {
      kind: 'question',
      id: 'de-vraag-voor-jou',
      kicker: { nl: 'De vraag voor jou', en: 'The question for you' },
      question: {
        nl: 'Plannen en uitrollen, of een dubbele uitdaging?',
        en: 'Plan and roll out, or a double challenge?',
      },
      lines: [
        {
          text: {
            nl: 'Herken je het patroon: de ene dimensie beweegt, de andere staat stil?',
            en: 'Do you recognise the pattern: one dimension moves, the other stands still?',
          },
          step: 1,
        },
      ],
      exercise: { alone: 1, pairs: 2, plenary: 2 },
      minutes: 0.75,
      notes: {
        nl: `Dan de vraag voor jou. Behandel je service-evolutie als iets dat je kunt plannen en uitrollen? Of als een dubbele uitdaging, waarbij beide dimensies ruimte nodig hebben om samen te groeien?

[klik] En herken je dit patroon? Misschien focus op de ene dimensie, terwijl de andere stil staat?

Neem hier de tijd voor: start de timer (T), vijf minuten. Laat eerst iedereen een minuut voor zichzelf nadenken, bespreek het dan in tweetallen en haal daarna een paar voorbeelden op. Vraag door op concrete klanten en concrete systemen, niet op intenties.`,
        en: `Then the question for you. Do you treat service evolution as something you can plan and roll out? Or as a double challenge, in which both dimensions need room to grow together?

[click] And do you recognise this pattern? Perhaps a focus on one dimension, while the other stands still?

Take your time here: start the timer (T), five minutes. First give everyone a minute to think on their own, then discuss in pairs, and then collect a few examples. Probe for concrete clients and concrete systems, not intentions.`,
      },
    },
    {
      kind: 'statement',
      id: 'zelf-of-met-begeleiding',
      kicker: { nl: 'Hoe verder', en: 'Where next' },
      statement: {
        nl: 'Sommige organisaties doen dit zelf.',
        en: 'Some organisations do this themselves.',
      },
      lines: [
        {
          text: {
            nl: 'Anderen ontdekken onderweg dat begeleiding helpt.',
            en: 'Others discover along the way that guidance helps.',
          },
          step: 1,
        },
        {
          text: {
            nl: 'Iemand die meeloopt in beide dimensies.',
            en: 'Someone who walks alongside you in both dimensions.',
          },
          step: 2,
        },
      ],
      minutes: 0.75,
      notes: {
        nl: `Hoe ga je verder? Sommige organisaties doen dit zelf, en dat kan heel goed.

[klik] Anderen ontdekken onderweg dat begeleiding helpt. [klik] Iemand die meeloopt in beide dimensies: die met je mee achter de bar gaat staan bij de klant, en die tegelijk binnen helpt kijken naar wat je meet, waardeert en beloont.

Er is geen goed of fout antwoord. Het gaat erom wat bij jullie past, in deze fase.`,
        en: `How do you take this forward? Some organisations do this themselves, and that can work very well.

[click] Others discover along the way that guidance helps. [click] Someone who walks alongside you in both dimensions: who goes and stands behind the bar with you at the client’s, and who at the same time helps you look inside at what you measure, value and reward.

There is no right or wrong answer. It’s about what suits you, at this stage.`,
      },
    },
    {
      kind: 'question',
      id: 'wat-past-er-voor-jou',
      question: { nl: 'Wat past er voor jou, nu?', en: 'What’s right for you, now?' },
      shareLink: true,
      minutes: 0.5,
      notes: {
        nl: `Dus, tot slot, de vraag waar ik jullie mee achterlaat: wat past er voor jou, nu?

Niet voor de organisatie in het algemeen, niet voor over drie jaar. Voor jou, in jouw rol, nu.

Misschien is het één klant die je deze week belt. Misschien is het één maatstaf die je ter discussie stelt. Ik ben benieuwd wat jullie kiezen. Dank jullie wel.`,
        en: `So, to close, the question I’ll leave you with: what’s right for you, now?

Not for the organisation in general, not for three years from now. For you, in your role, now.

Maybe it’s one client you call this week. Maybe it’s one yardstick you put up for discussion. I’m curious what you will choose. Thank you.`,
      },
    },
  ],
};
