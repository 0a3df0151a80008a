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
    en: `flowchart LR
  klant["One client relationship built on trust"] --> verkennen["Explore together what becomes possible"]
  team["One curious team, with time, safety and a mandate"] --> reflectie["Reflect internally on what we discover"]
  verkennen --> groeien(("Grow together"))
  reflectie --> groeien
  class klant,verkennen external
  class team,reflectie internal
  class groeien tie`,
  },
  title: { nl: 'Waar begin je', en: 'Where to start' },
  description: {
    nl: 'Begin met één klantrelatie waar vertrouwen is en verken samen wat er mogelijk wordt. Begin tegelijk met één nieuwsgierig team dat tijd, veiligheid en mandaat krijgt, en reflecteer intern op wat jullie ontdekken. Beide bewegingen groeien samen.',
    en: 'Start with one client relationship where there is trust and explore together what becomes possible. At the same time, start with one curious team that is given time, safety and a mandate, and reflect internally on what you discover. Both movements grow together.',
  },
  steps: [
    { nodes: ['klant', 'verkennen'] },
    { nodes: ['team', 'reflectie'] },
    { nodes: ['groeien'] },
  ],
};
