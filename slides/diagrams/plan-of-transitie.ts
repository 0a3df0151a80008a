import type { Diagram } from '../../src/model/authored.ts';

export const planOfTransitieDiagram: Diagram = {
  id: 'plan-of-transitie',
  source: {
    nl: `flowchart LR
  %% Declared last, laid out on top: dagre stacks unconnected parts in reverse order.
  subgraph lus ["Transitie: een lus die blijft leren"]
    direction LR
    proberen["Proberen"] --> leren["Leren"] --> bijstellen["Bijstellen"]
    bijstellen -->|"en weer"| proberen
  end
  subgraph lijn ["Uitrolproject: een rechte lijn die eindigt"]
    direction LR
    plan["Plan"] --> uitrol["Uitrollen"] --> klaar["Klaar"]
  end
  class plan,uitrol,klaar neutral
  class proberen,leren,bijstellen tie`,
    en: `flowchart LR
  %% Declared last, laid out on top: dagre stacks unconnected parts in reverse order.
  subgraph lus ["Transition: a loop that keeps learning"]
    direction LR
    proberen["Try"] --> leren["Learn"] --> bijstellen["Adjust"]
    bijstellen -->|"and again"| proberen
  end
  subgraph lijn ["Roll-out project: a straight line that ends"]
    direction LR
    plan["Plan"] --> uitrol["Roll out"] --> klaar["Done"]
  end
  class plan,uitrol,klaar neutral
  class proberen,leren,bijstellen tie`,
  },
  title: { nl: 'Uitrolproject of transitie', en: 'Roll-out project or transition' },
  description: {
    nl: 'Een uitrolproject is een rechte lijn die eindigt: plan, uitrollen, klaar. Een transitie is een lus: proberen, leren, bijstellen en weer proberen.',
    en: 'A roll-out project is a straight line that ends: plan, roll out, done. A transition is a loop: try, learn, adjust and try again.',
  },
  steps: [
    { nodes: ['lijn', 'plan', 'uitrol', 'klaar'] },
    { nodes: ['lus', 'proberen', 'leren', 'bijstellen'] },
  ],
};
