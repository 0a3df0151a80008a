import type { Diagram } from '../../src/model/authored.ts';

export const tweeBewegingenDiagram: Diagram = {
  id: 'twee-bewegingen',
  source: {
    nl: `flowchart LR
  ext1["“Wij verzekeren je bedrijf”"] --> ext2["“Wij snappen je werkelijkheid en helpen je daarin”"]
  int1["Experts met oplossingen, systemen op efficiëntie"] --> int2["Mensen die willen begrijpen, ruimte voor tijd achter de bar"]
  ext2 --> samen(("Tegelijk"))
  int2 --> samen
  class ext1,ext2 external
  class int1,int2 internal
  class samen tie`,
    en: `flowchart LR
  ext1["“We insure your business”"] --> ext2["“We understand your reality and help you navigate it”"]
  int1["Experts with solutions, efficiency-driven systems"] --> int2["People who want to understand, room for time behind the bar"]
  ext2 --> samen(("At once"))
  int2 --> samen
  class ext1,ext2 external
  class int1,int2 internal
  class samen tie`,
  },
  title: { nl: 'Twee bewegingen, tegelijk', en: 'Two movements, at once' },
  description: {
    nl: 'Extern verandert de relatie van “wij verzekeren je bedrijf” naar “wij snappen je werkelijkheid en helpen je daarin”. Intern veranderen experts met oplossingen in mensen die willen begrijpen, en maken systemen op efficiëntie ruimte voor tijd achter de bar. Beide bewegingen komen samen: ze gebeuren tegelijk.',
    en: 'Externally, the relationship shifts from “we insure your business” to “we understand your reality and help you navigate it”. Internally, experts with solutions become people who want to understand, and efficiency-driven systems make room for time behind the bar. Both movements come together: they happen at the same time.',
  },
  steps: [{ nodes: ['ext1', 'ext2'] }, { nodes: ['int1', 'int2'] }, { nodes: ['samen'] }],
};
