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
            nl: 'Herken je het patroon: de ene beweging gaat door, de andere staat stil?',
            en: 'Do you recognise the pattern: one movement moves forward while the other stands still?',
          },
          step: 1,
        },
      ],
      minutes: 0.75,
      /*
       * For 6 to 12 people. Two minutes alone, so everyone has a thought of their own before the
       * first voice in the room sets the tone. Four minutes in pairs: two each. Six in plenary:
       * one example from each of three to six pairs, with time to ask one question back.
       */
      exercise: { alone: 2, pairs: 4, plenary: 6 },
      notes: {
        nl: `Dan de vraag voor jou. Behandel je service-evolutie als iets dat je kunt plannen en uitrollen? Of als een dubbele uitdaging, waarbij beide bewegingen ruimte nodig hebben om samen te groeien?

[klik] En herken je dit patroon? Misschien focus op de ene beweging, terwijl de andere stilstaat?

[start de timer met T; de sprekersweergave noemt de minuten per fase in deze versie]

[alleen] Schrijf eerst voor jezelf één voorbeeld op: een klant, een team of een maatstaf.

[tweetallen: roep halverwege dat de ander aan de beurt is] Bespreek het met je buur. Waar beweegt het bij jullie, waar staat het stil?

[plenair: haal voorbeelden op uit de tweetallen, zoveel als de tijd toelaat; vraag door op concrete klanten en systemen, niet op intenties] Wat hebben jullie gevonden?`,
        en: `Then the question for you. Do you treat service evolution as something you can plan and roll out? Or as a double challenge, in which both movements need room to grow together?

[click] And do you recognise this pattern? Perhaps focusing on one movement while the other stands still?

[start the timer with T; the speaker view gives each phase's minutes in this version]

[alone] First, write down one example for yourself: a client, a team or a yardstick.

[pairs: halfway through, tell them to swap] Talk it over with your neighbour. Where is it moving for you, and where is it standing still?

[plenary: collect examples from the pairs, as many as time allows; ask for concrete clients and systems, not intentions] What did you find?`,
      },
    },
    {
      kind: 'statement',
      id: 'zelf-of-met-begeleiding',
      kicker: { nl: 'Hoe nu verder?', en: 'What next?' },
      statement: {
        nl: 'Sommige organisaties doen dit zelf.',
        en: 'Some organisations do this themselves.',
      },
      lines: [
        {
          text: {
            nl: 'Andere ontdekken onderweg dat begeleiding helpt.',
            en: 'Others discover along the way that guidance helps.',
          },
          step: 1,
        },
        {
          text: {
            nl: 'Iemand die in beide bewegingen meeloopt.',
            en: 'Someone who works alongside you in both movements.',
          },
          step: 2,
        },
      ],
      minutes: 0.5,
      notes: {
        nl: `Hoe gaan jullie verder? Sommige organisaties doen dit zelf, en dat kan heel goed.

[klik] Andere ontdekken onderweg dat begeleiding helpt. [klik] Iemand die in beide bewegingen meeloopt: bij de klant, en binnen, bij wat jullie meten en belonen.

Ik zeg dit als buitenstaander, en ik heb er belang bij. Beide wegen zijn goed. Kies wat bij jullie past, in deze fase.`,
        en: `How will you take this forward? Some organisations do this themselves, and that can work well.

[click] Others discover along the way that guidance helps. [click] Someone who works alongside you in both movements: with the client, and inside, on what you measure and reward.

I say this as an outsider, and I have a stake in it. Both routes are good. Choose what suits you now.`,
      },
    },
    {
      kind: 'question',
      id: 'wat-past-er-voor-jou',
      question: { nl: 'Wat past er voor jou, nu?', en: 'What’s right for you, now?' },
      shareLink: true,
      /*
       * The options are the article's own starting points (waar-begin-je, wat-het-vraagt,
       * zelf-of-met-begeleiding), so the room chooses among what the talk put in front of them.
       */
      poll: {
        options: [
          {
            id: 'een-klantrelatie',
            label: {
              nl: 'Beginnen bij één klantrelatie',
              en: 'Start with one client relationship',
            },
          },
          { id: 'een-team', label: { nl: 'Eén team ruimte geven', en: 'Give one team room' } },
          {
            id: 'meten-en-belonen',
            label: { nl: 'Anders meten en belonen', en: 'Measure and reward differently' },
          },
          {
            id: 'begeleiding',
            label: { nl: 'Begeleiding in beide bewegingen', en: 'Guidance in both movements' },
          },
        ],
        freeText: {
          nl: 'Jouw eerste stap, in een paar woorden (mag leeg blijven)',
          en: 'Your first step, in a few words (you may leave this empty)',
        },
      },
      minutes: 0.5,
      /*
       * The poll takes its own time: a minute to choose (on the phones, or in silence before a
       * show of hands), a minute to look at the counts and read out a few first steps. The slide
       * shows no timer: the options stand where it would, and the speaker view keeps the time.
       */
      exercise: { alone: 1, plenary: 1 },
      notes: {
        nl: `Tot slot de vraag waar ik jullie mee achterlaat: wat past er voor jou, nu? Niet voor de organisatie in het algemeen. Voor jou, in jouw rol, nu.

[alleen, 1 minuut; met telefoons: de vraag staat op de telefoons, iedereen kiest en mag een eerste stap opschrijven; de aantallen lopen live mee. Zonder zaalserver: laat iedereen eerst in stilte kiezen]

Kies één van de vier. Misschien is het één klant die je deze week belt, of één maatstaf die je ter discussie stelt.

[plenair, 1 minuut; met telefoons: onthul met R of in de sprekersweergave, dan verschijnen de teksten; lees er een paar voor. Zonder: vraag per optie om handopsteken, A tot en met D, en noem de aantallen] Dit is waar jullie willen beginnen. Dank jullie wel.`,
        en: `To close, the question I’ll leave you with: what’s right for you, now? Not for the organisation in general. For you, in your role, now.

[alone, 1 minute; with phones: the question is on their phones, everyone chooses and may write down a first step; the counts update live. Without a room server: let everyone choose in silence first]

Choose one of the four. Maybe it’s one client you call this week, or one yardstick you put up for discussion.

[plenary, 1 minute; with phones: reveal with R or in the speaker view, and the texts appear; read out a few. Without: ask for a show of hands per option, A to D, and say the numbers] So this is where you want to start. Thank you.`,
      },
    },
  ],
};
