// @vitest-environment happy-dom
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { deSpanningDiagram } from '../../../slides/diagrams/de-spanning.ts';
import { planOfTransitieDiagram } from '../../../slides/diagrams/plan-of-transitie.ts';
import { tweeBewegingenDiagram } from '../../../slides/diagrams/twee-bewegingen.ts';
import { composeSource } from '../../../src/diagrams/compose-source.ts';
import { readFlowchart } from '../../../src/diagrams/flowchart-parts.ts';
import { mermaidConfig } from '../../../src/diagrams/mermaid-config.ts';
import type { Diagram } from '../../../src/model/authored.ts';
import { locales } from '../../../src/model/locales.ts';

beforeAll(() => {
  mermaid.initialize(mermaidConfig);
});

/** The drawn edges of a diagram in a locale, as `from>to`. */
async function edges(diagram: Diagram, locale: (typeof locales)[number]): Promise<string[]> {
  const { parts } = await readFlowchart(mermaid, composeSource(diagram, locale));
  return (parts?.edges ?? [])
    .filter((edge) => edge.stroke !== 'invisible')
    .map((edge) => `${edge.start}>${edge.end}`);
}

describe('the diagrams of the story', () => {
  it('reveal the tension in two clicks: the pull to the client, then the pull of targets', () => {
    expect(deSpanningDiagram.steps).toEqual([{ nodes: ['klant'] }, { nodes: ['targets'] }]);
  });

  it.each(locales)(
    'draw the tension as two arrows leaving the professional (%s)',
    async (locale) => {
      expect(await edges(deSpanningDiagram, locale)).toEqual(['prof>klant', 'prof>targets']);
    },
  );

  it('reveal the line first and the loop second', () => {
    expect(planOfTransitieDiagram.steps.map((step) => step.nodes[0])).toEqual(['lijn', 'lus']);
    expect(planOfTransitieDiagram.steps).toHaveLength(2);
  });

  it.each(locales)(
    'draw a straight line that ends beside a loop that closes (%s)',
    async (locale) => {
      const drawn = await edges(planOfTransitieDiagram, locale);
      expect(drawn).toEqual(
        expect.arrayContaining([
          'plan>uitrol',
          'uitrol>klaar',
          'proberen>leren',
          'leren>bijstellen',
          'bijstellen>proberen',
        ]),
      );
      expect(drawn.some((edge) => edge.startsWith('klaar>'))).toBe(false);
    },
  );

  it('reveal the two movements in three clicks: the client, the professionals, the systems', () => {
    expect(tweeBewegingenDiagram.steps).toEqual([
      { nodes: ['extern', 'klant1', 'klant2'] },
      { nodes: ['intern', 'mensen1', 'mensen2'] },
      { nodes: ['systemen1', 'systemen2'] },
    ]);
  });

  it.each(locales)('quote the article’s two promises in the client relationship (%s)', (locale) => {
    // A label's written-out line breaks read as spaces.
    const source = tweeBewegingenDiagram.source[locale].replaceAll('<br/>', ' ');
    const [before, after] =
      locale === 'nl'
        ? ['Wij verzekeren je bedrijf', 'Wij snappen je werkelijkheid en helpen je daarin']
        : ['We insure your business', 'We understand your reality and help you navigate it'];
    expect(source).toContain(before);
    expect(source).toContain(after);
  });
});
