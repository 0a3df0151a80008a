import type { Diagram } from '../../src/model/authored.ts';

export const deSpanningDiagram: Diagram = {
  id: 'de-spanning',
  source: {
    nl: `flowchart LR
  partner["Partnerschapsdenken: training, advies, nieuwe proposities"] <--> prof(("De professional"))
  prof <--> kpi["Transactionele KPI’s: declarabele uren, bezettingsgraad, volle agenda’s"]
  class partner external
  class prof internal
  class kpi neutral`,
  },
  title: { nl: 'De spanning' },
  description: {
    nl: 'De professional staat in het midden en wordt twee kanten op getrokken: aan de ene kant partnerschapsdenken, met training in advies- en partnerschapsvaardigheden en nieuwe proposities; aan de andere kant transactionele KPI’s: declarabele uren, bezettingsgraad en volle agenda’s.',
  },
  steps: [{ nodes: ['partner'] }, { nodes: ['kpi'] }],
};
