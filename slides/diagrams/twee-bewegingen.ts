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
  },
  title: { nl: 'Twee bewegingen, tegelijk' },
  description: {
    nl: 'Extern verandert de relatie van “wij verzekeren je bedrijf” naar “wij snappen je werkelijkheid en helpen je daarin”. Intern veranderen experts met oplossingen in mensen die willen begrijpen, en maken systemen op efficiëntie ruimte voor tijd achter de bar. Beide bewegingen komen samen: ze gebeuren tegelijk.',
  },
  steps: [{ nodes: ['ext1', 'ext2'] }, { nodes: ['int1', 'int2'] }, { nodes: ['samen'] }],
};
