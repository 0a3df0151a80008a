import type { Section } from '../src/model/authored.ts';
import { tweeBewegingenDiagram } from './diagrams/twee-bewegingen.ts';

export const tweeBewegingen: Section = {
  title: { nl: 'Twee bewegingen', en: 'Two movements' },
  slides: [
    {
      kind: 'statement',
      id: 'twee-dingen-tegelijk',
      picture: 'two-at-once',
      kicker: { nl: 'Maar kijk wat hier gebeurt', en: 'But look at what’s happening here' },
      statement: { nl: 'Twee dingen tegelijk.', en: 'Two things at once.' },
      minutes: 0.5,
      notes: {
        nl: `Maar kijk wat hier gebeurt. Het is makkelijk om dit te lezen als een verhaal over klantinzicht: ga naar je klant, luister goed, klaar.

Dat is maar de helft. Er gebeuren hier twee dingen tegelijk. Eén beweging naar buiten, in de relatie met de klant. En één beweging naar binnen, in de organisatie zelf.

Ik laat ze allebei zien, want de tweede wordt bijna altijd onderschat.`,
        en: `But look at what’s happening here. It’s easy to read this as a story about customer insight: go to your client, listen carefully, done.

That’s only half of it. Two things are happening here at once. One movement outwards, in the relationship with the client. And one movement inwards, within the organisation itself.

I’ll show you both, because the second is almost always underestimated.`,
      },
    },
    {
      kind: 'shift',
      id: 'extern',
      kicker: { nl: 'Extern: de relatie', en: 'External: the relationship' },
      title: {
        nl: 'De relatie met de klant veranderde',
        en: 'The relationship with the client changed',
      },
      tone: 'external',
      from: { nl: '“Wij verzekeren je bedrijf.”', en: '“We insure your business.”' },
      to: {
        text: {
          nl: '“Wij snappen je werkelijkheid en helpen je daarin.”',
          en: '“We understand your reality and help you navigate it.”',
        },
        step: 1,
      },
      minutes: 0.75,
      notes: {
        nl: `Extern veranderde de relatie. Van "wij verzekeren je bedrijf" naar "wij snappen je werkelijkheid en helpen je daarin."

Dat is een andere belofte. De eerste gaat over ons product. De tweede gaat over hun dag, hun zaak, hun zorgen.

Deze kleur, terracotta, gebruik ik vandaag steeds voor die externe beweging: alles wat over de klantrelatie gaat. Dit is de beweging die we meestal wel zien en waar onze programma's en proposities op gericht zijn.`,
        en: `Externally, the relationship changed. From “we insure your business” to “we understand your reality and help you navigate it.”

That is a different promise. The first is about our product. The second is about their day, their business, their worries.

This colour, terracotta, is the one I’ll use throughout today for that external movement: everything to do with the client relationship. It is the movement we usually do see, and the one our programmes and propositions are aimed at.`,
      },
    },
    {
      kind: 'shift',
      id: 'intern',
      kicker: { nl: 'Intern: de mensen', en: 'Internal: the people' },
      title: { nl: 'Professionals moesten veranderen', en: 'Professionals had to change' },
      tone: 'internal',
      from: { nl: 'Experts met oplossingen', en: 'Experts with solutions' },
      to: {
        text: {
          nl: 'Mensen die écht willen begrijpen wat er speelt',
          en: 'People who truly want to understand what’s going on',
        },
        step: 1,
      },
      minutes: 0.5,
      notes: {
        nl: `Intern moesten professionals veranderen. Van experts met oplossingen naar mensen die écht willen begrijpen wat er speelt.

Dat is lastiger dan het klinkt. Een expert wordt gewaardeerd om antwoorden. Achter de bar heb je eerst vragen nodig, en het geduld om niet meteen met de oplossing te komen.

Deze tweede kleur, het blauwgroen, staat vandaag voor de interne beweging: onze mensen en onze systemen.`,
        en: `Internally, professionals had to change. From experts with solutions to people who truly want to understand what’s going on.

That is harder than it sounds. An expert is valued for answers. Behind the bar you need questions first, and the patience not to jump straight to the solution.

This second colour, teal, stands today for the internal movement: our people and our systems.`,
      },
    },
    {
      kind: 'bullets',
      id: 'systemen-maken-ruimte',
      kicker: { nl: 'Intern: de systemen', en: 'Internal: the systems' },
      title: { nl: 'Systemen moesten ruimte maken', en: 'Systems had to make room' },
      tone: 'internal',
      items: [
        { text: { nl: 'voor andere gesprekken', en: 'for different conversations' }, step: 1 },
        { text: { nl: 'voor tijd achter die bar', en: 'for time behind that bar' }, step: 2 },
        {
          text: {
            nl: 'voor ontdekking in plaats van efficiëntie',
            en: 'for discovery instead of efficiency',
          },
          step: 3,
        },
      ],
      minutes: 0.5,
      notes: {
        nl: `En het ging niet alleen om mensen. De systemen moesten ook ruimte maken.

Ruimte voor andere gesprekken, die niet over de polis gaan. Ruimte voor tijd achter die bar: een avond in een restaurant staat in geen enkele urenregistratie als productief. En ruimte voor ontdekking in plaats van efficiëntie.

Beide bewegingen. Tegelijk. Zonder de interne beweging was die avond achter de bar een leuk uitje gebleven, zonder gevolg.`,
        en: `And it wasn’t only about people. The systems had to make room too.

Room for different conversations, ones that aren’t about the policy. Room for time behind that bar: no timesheet anywhere counts an evening in a restaurant as productive. And room for discovery instead of efficiency.

Both movements. At the same time. Without the internal movement, that evening behind the bar would have remained a pleasant outing, with no consequences.`,
      },
    },
    {
      kind: 'diagram',
      id: 'twee-bewegingen',
      kicker: { nl: 'Beide bewegingen. Tegelijk.', en: 'Both movements. At the same time.' },
      title: { nl: 'Extern en intern bewegen samen', en: 'External and internal move together' },
      diagram: tweeBewegingenDiagram,
      minutes: 1,
      notes: {
        nl: `Zet ze naast elkaar. [klik] Extern: van "wij verzekeren je bedrijf" naar "wij snappen je werkelijkheid en helpen je daarin".

[klik] Intern: van experts met oplossingen naar mensen die willen begrijpen, en van systemen op efficiëntie naar ruimte voor tijd achter de bar.

[klik] En het punt van vandaag: die twee gebeuren tegelijk. De externe beweging houdt geen stand als de interne achterblijft. En de interne beweging heeft geen richting zonder de klant.`,
        en: `Put them side by side. [click] External: from “we insure your business” to “we understand your reality and help you navigate it”.

[click] Internal: from experts with solutions to people who want to understand, and from systems built for efficiency to room for time behind the bar.

[click] And today’s point: the two happen at the same time. The external movement won’t hold if the internal one lags behind. And the internal movement has no direction without the client.`,
      },
    },
  ],
};
