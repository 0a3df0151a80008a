import type { Diagram } from '../../src/model/authored.ts';

// The professional stands between two pulls, each arrow pointing away from them. Mermaid has no
// arrow that points left in a left-to-right chart, so the client is placed left of the
// professional by an invisible link, and the arrow to it is drawn from the professional. The
// longer arrows (---> spans one more rank) leave room to see the pull; the line breaks keep
// the boxes narrow enough for labels of 22 px or more on the slide.
export const deSpanningDiagram: Diagram = {
  id: 'de-spanning',
  source: {
    nl: `flowchart LR
  klant["Naar de klant:<br/>anders werken"] ~~~ prof(("De professional"))
  prof ---> klant
  prof ---> targets["Targets: declarabele<br/>uren, bezettingsgraad"]
  class klant external
  class targets internal
  class prof tie`,
    en: `flowchart LR
  klant["Towards the client:<br/>working differently"] ~~~ prof(("The professional"))
  prof ---> klant
  prof ---> targets["Targets: billable<br/>hours, utilisation"]
  class klant external
  class targets internal
  class prof tie`,
  },
  title: { nl: 'De spanning', en: 'The tension' },
  description: {
    nl: 'De professional staat in het midden en wordt twee kanten op getrokken: naar de klant, om anders te werken, en naar de targets: declarabele uren en bezettingsgraad.',
    en: 'The professional stands in the middle and is pulled two ways: towards the client, to work differently, and towards the targets: billable hours and utilisation.',
  },
  steps: [{ nodes: ['klant'] }, { nodes: ['targets'] }],
};
