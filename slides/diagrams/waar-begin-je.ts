import type { Diagram } from '../../src/model/authored.ts';

export const waarBeginJeDiagram: Diagram = {
  id: 'waar-begin-je',
  source: {
    nl: `flowchart LR
  klant["Eén klantrelatie met vertrouwen"] --> verkennen["Samen verkennen wat er mogelijk wordt"]
  team["Eén nieuwsgierig team, met tijd, veiligheid en mandaat"] --> reflectie["Intern reflecteren op wat we ontdekken"]
  verkennen --> groeien(("Samen groeien"))
  reflectie --> groeien
  class klant,verkennen external
  class team,reflectie internal
  class groeien tie`,
  },
  title: { nl: 'Waar begin je' },
  description: {
    nl: 'Begin met één klantrelatie waar vertrouwen is en verken samen wat er mogelijk wordt. Begin tegelijk met één nieuwsgierig team dat tijd, veiligheid en mandaat krijgt, en reflecteer intern op wat jullie ontdekken. Beide bewegingen groeien samen.',
  },
  steps: [
    { nodes: ['klant', 'verkennen'] },
    { nodes: ['team', 'reflectie'] },
    { nodes: ['groeien'] },
  ],
};
