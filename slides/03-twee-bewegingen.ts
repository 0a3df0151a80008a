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
        nl: `Maar kijk wat hier gebeurt. Je kunt dit lezen als een verhaal over klantinzicht: ga naar je klant, luister goed, klaar.

Dat is de helft. Er gebeuren hier twee dingen tegelijk. Eén beweging naar buiten, in de klantrelatie. En één beweging naar binnen, in de organisatie zelf.

Let vooral op die tweede.`,
        en: `But look at what’s happening here. You could read this as a story about client insight: go to your client, listen carefully, done.

That’s half of it. Two things are happening here at once. One movement outwards, in the client relationship. And one movement inwards, in the organisation itself.

Watch the second one closely.`,
      },
    },
    {
      kind: 'diagram',
      id: 'twee-bewegingen',
      kicker: { nl: 'Beide bewegingen. Tegelijk.', en: 'Both movements. At the same time.' },
      title: { nl: 'Extern en intern bewegen samen', en: 'External and internal move together' },
      diagram: tweeBewegingenDiagram,
      minutes: 0.75,
      notes: {
        nl: `Zet ze naast elkaar. [klik] Extern veranderde de relatie. Van “wij verzekeren je bedrijf” naar “wij snappen je werkelijkheid en helpen je daarin”. Een andere belofte: niet over het product, maar over de dag van de klant. In dit verhaal staat terracotta voor de externe beweging.

[klik] Intern moesten professionals veranderen. Van experts met oplossingen naar mensen die écht willen begrijpen wat er speelt. Blauwgroen staat voor de interne beweging.

[klik] En systemen moesten ruimte maken. Voor andere gesprekken, voor tijd achter die bar, voor ontdekking in plaats van efficiëntie.

Beide bewegingen. Tegelijk.`,
        en: `Put them side by side. [click] Externally, the relationship changed. From “we insure your business” to “we understand your reality and help you navigate it”. A different promise: not about the product, but about the client’s day. Throughout this talk, terracotta stands for the external movement.

[click] Internally, professionals had to change. From experts with solutions to people who really want to understand what is going on. Teal stands for the internal movement.

[click] And systems had to make room. For other conversations, for time behind that bar, for discovery instead of efficiency.

Both movements. At the same time.`,
      },
    },
  ],
};
