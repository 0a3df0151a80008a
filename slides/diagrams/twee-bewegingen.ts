import type { Diagram } from '../../src/model/authored.ts';

// Three shifts side by side, each read from top (what it was) to bottom (what it became): the
// client relationship outside, the professionals and the systems inside. Unlinked groups in a
// top-to-bottom chart stand side by side, the one declared last on the left. The line breaks
// keep the boxes narrow enough for labels of 22 px or more on the slide, and a label of more
// than one line has its breaks written out: one left to wrap breaks where each engine's text
// width says, while its box was measured in Chromium at build time.
export const tweeBewegingenDiagram: Diagram = {
  id: 'twee-bewegingen',
  source: {
    nl: `flowchart TB
  subgraph intern ["Intern: mensen en systemen"]
    direction TB
    mensen1["Experts met<br/>oplossingen"] --> mensen2["Mensen die écht<br/>willen begrijpen<br/>wat er speelt"]
    systemen1["Systemen op<br/>efficiëntie"] --> systemen2["Ruimte voor andere<br/>gesprekken, tijd achter<br/>de bar, ontdekking"]
  end
  subgraph extern ["Extern: de klantrelatie"]
    direction TB
    klant1["“Wij verzekeren<br/>je bedrijf”"] --> klant2["“Wij snappen je<br/>werkelijkheid en<br/>helpen je daarin”"]
  end
  class klant1,klant2 external
  class mensen1,mensen2,systemen1,systemen2 internal`,
    en: `flowchart TB
  subgraph intern ["Internal: people and systems"]
    direction TB
    mensen1["Experts with<br/>solutions"] --> mensen2["People who really<br/>want to understand<br/>what is going on"]
    systemen1["Systems geared<br/>to efficiency"] --> systemen2["Room for other<br/>conversations,<br/>time behind the bar,<br/>discovery"]
  end
  subgraph extern ["External: the client relationship"]
    direction TB
    klant1["“We insure<br/>your business”"] --> klant2["“We understand<br/>your reality and help<br/>you navigate it”"]
  end
  class klant1,klant2 external
  class mensen1,mensen2,systemen1,systemen2 internal`,
  },
  title: { nl: 'Twee bewegingen, tegelijk', en: 'Two movements, at once' },
  description: {
    nl: 'Extern veranderde de klantrelatie van “wij verzekeren je bedrijf” naar “wij snappen je werkelijkheid en helpen je daarin”. Tegelijk moesten intern professionals veranderen van experts met oplossingen naar mensen die écht willen begrijpen wat er speelt, en moesten systemen gericht op efficiëntie ruimte maken voor andere gesprekken, tijd achter de bar en ontdekking.',
    en: 'Externally, the client relationship changed from “we insure your business” to “we understand your reality and help you navigate it”. At the same time, internally, professionals had to change from experts with solutions to people who really want to understand what is going on, and systems geared to efficiency had to make room for other conversations, time behind the bar and discovery.',
  },
  steps: [
    { nodes: ['extern', 'klant1', 'klant2'] },
    { nodes: ['intern', 'mensen1', 'mensen2'] },
    { nodes: ['systemen1', 'systemen2'] },
  ],
};
