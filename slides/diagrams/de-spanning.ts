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
    en: `flowchart LR
  partner["Partnership thinking: training, advice, new propositions"] <--> prof(("The professional"))
  prof <--> kpi["Transactional KPIs: billable hours, utilisation, full calendars"]
  class partner external
  class prof internal
  class kpi neutral`,
  },
  title: { nl: 'De spanning', en: 'The tension' },
  description: {
    nl: 'De professional staat in het midden en wordt twee kanten op getrokken: aan de ene kant partnerschapsdenken, met training in advies- en partnerschapsvaardigheden en nieuwe proposities; aan de andere kant transactionele KPI’s: declarabele uren, bezettingsgraad en volle agenda’s.',
    en: 'The professional stands in the middle and is pulled two ways: on one side partnership thinking, with training in advisory and partnership skills and new propositions; on the other, transactional KPIs: billable hours, utilisation and full calendars.',
  },
  steps: [{ nodes: ['partner'] }, { nodes: ['kpi'] }],
};
