import type { Section } from '../src/model/authored.ts';
import { tweeBewegingenDiagram } from './diagrams/twee-bewegingen.ts';

export const tweeBewegingen: Section = {
  title: { nl: 'Twee bewegingen' },
  slides: [
    {
      kind: 'statement',
      id: 'twee-dingen-tegelijk',
      kicker: { nl: 'Maar kijk wat hier gebeurt' },
      statement: { nl: 'Twee dingen tegelijk.' },
      minutes: 0.5,
      notes: {
        nl: `Maar kijk wat hier gebeurt. Het is makkelijk om dit te lezen als een verhaal over klantinzicht: ga naar je klant, luister goed, klaar.

Dat is maar de helft. Er gebeuren hier twee dingen tegelijk. Eén beweging naar buiten, in de relatie met de klant. En één beweging naar binnen, in de organisatie zelf.

Ik laat ze allebei zien, want de tweede wordt bijna altijd onderschat.`,
      },
    },
    {
      kind: 'shift',
      id: 'extern',
      kicker: { nl: 'Extern: de relatie' },
      title: { nl: 'De relatie met de klant veranderde' },
      tone: 'external',
      from: { nl: '“Wij verzekeren je bedrijf.”' },
      to: { text: { nl: '“Wij snappen je werkelijkheid en helpen je daarin.”' }, step: 1 },
      minutes: 0.75,
      notes: {
        nl: `Extern veranderde de relatie. Van "wij verzekeren je bedrijf" naar "wij snappen je werkelijkheid en helpen je daarin."

Dat is een andere belofte. De eerste gaat over ons product. De tweede gaat over hun dag, hun zaak, hun zorgen.

Deze kleur, terracotta, gebruik ik vandaag steeds voor die externe beweging: alles wat over de klantrelatie gaat. Dit is de beweging die we meestal wel zien en waar onze programma's en proposities op gericht zijn.`,
      },
    },
    {
      kind: 'shift',
      id: 'intern',
      kicker: { nl: 'Intern: de mensen' },
      title: { nl: 'Professionals moesten veranderen' },
      tone: 'internal',
      from: { nl: 'Experts met oplossingen' },
      to: { text: { nl: 'Mensen die écht willen begrijpen wat er speelt' }, step: 1 },
      minutes: 0.75,
      notes: {
        nl: `Intern moesten professionals veranderen. Van experts met oplossingen naar mensen die écht willen begrijpen wat er speelt.

Dat is lastiger dan het klinkt. Een expert wordt gewaardeerd om antwoorden. Achter de bar heb je eerst vragen nodig, en het geduld om niet meteen met de oplossing te komen.

Deze tweede kleur, het blauwgroen, staat vandaag voor de interne beweging: onze mensen en onze systemen.`,
      },
    },
    {
      kind: 'bullets',
      id: 'systemen-maken-ruimte',
      kicker: { nl: 'Intern: de systemen' },
      title: { nl: 'Systemen moesten ruimte maken' },
      tone: 'internal',
      items: [
        { text: { nl: 'voor andere gesprekken' }, step: 1 },
        { text: { nl: 'voor tijd achter die bar' }, step: 2 },
        { text: { nl: 'voor ontdekking in plaats van efficiëntie' }, step: 3 },
      ],
      minutes: 0.75,
      notes: {
        nl: `En het ging niet alleen om mensen. De systemen moesten ook ruimte maken.

Ruimte voor andere gesprekken, die niet over de polis gaan. Ruimte voor tijd achter die bar: een avond in een restaurant staat in geen enkele urenregistratie als productief. En ruimte voor ontdekking in plaats van efficiëntie.

Beide bewegingen. Tegelijk. Zonder de interne beweging was die avond achter de bar een leuk uitje gebleven, zonder gevolg.`,
      },
    },
    {
      kind: 'diagram',
      id: 'twee-bewegingen',
      kicker: { nl: 'Beide bewegingen. Tegelijk.' },
      title: { nl: 'Extern en intern bewegen samen' },
      diagram: tweeBewegingenDiagram,
      minutes: 1,
      notes: {
        nl: `Zet ze naast elkaar. [klik] Extern: van "wij verzekeren je bedrijf" naar "wij snappen je werkelijkheid en helpen je daarin".

[klik] Intern: van experts met oplossingen naar mensen die willen begrijpen, en van systemen op efficiëntie naar ruimte voor tijd achter de bar.

[klik] En het punt van vandaag: die twee gebeuren tegelijk. De externe beweging houdt geen stand als de interne achterblijft. En de interne beweging heeft geen richting zonder de klant.`,
      },
    },
  ],
};
