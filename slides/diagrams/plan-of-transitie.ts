import type { Diagram } from '../../src/model/authored.ts';

export const planOfTransitieDiagram: Diagram = {
  id: 'plan-of-transitie',
  source: {
    nl: `flowchart LR
  %% Declared last, laid out on top: dagre stacks unconnected parts in reverse order.
  subgraph lus ["Transitie: het pad ontvouwt zich onderweg"]
    direction LR
    verkennen["Verkennen"] --> proberen["Proberen"] --> leren["Leren"] --> bijstellen["Bijstellen"]
    bijstellen --> verkennen
  end
  subgraph lijn ["Uitrolproject: een rechte lijn die eindigt"]
    direction LR
    plan["Plan"] --> uitrol["Uitrollen"] --> klaar["Klaar"]
  end
  class plan,uitrol,klaar neutral
  class verkennen,proberen,leren,bijstellen internal`,
    en: `flowchart LR
  %% Declared last, laid out on top: dagre stacks unconnected parts in reverse order.
  subgraph lus ["Transition: the path unfolds as you go"]
    direction LR
    verkennen["Explore"] --> proberen["Try"] --> leren["Learn"] --> bijstellen["Adjust"]
    bijstellen --> verkennen
  end
  subgraph lijn ["Roll-out project: a straight line that ends"]
    direction LR
    plan["Plan"] --> uitrol["Roll out"] --> klaar["Done"]
  end
  class plan,uitrol,klaar neutral
  class verkennen,proberen,leren,bijstellen internal`,
  },
  title: { nl: 'Uitrolproject of transitie', en: 'Roll-out project or transition' },
  description: {
    nl: 'Een uitrolproject is een rechte lijn die eindigt: plan, uitrollen, klaar. Een transitie is een leerlus waarin het pad zich onderweg ontvouwt: verkennen, proberen, leren, bijstellen en weer verkennen.',
    en: 'A roll-out project is a straight line that ends: plan, roll out, done. A transition is a learning loop in which the path unfolds as you go: explore, try, learn, adjust and explore again.',
  },
  steps: [
    { nodes: ['lijn', 'plan', 'uitrol', 'klaar'] },
    { nodes: ['lus', 'verkennen', 'proberen', 'leren', 'bijstellen'] },
  ],
};
