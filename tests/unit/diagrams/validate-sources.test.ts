// @vitest-environment happy-dom
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { mermaidConfig } from '../../../src/diagrams/mermaid-config.ts';
import { validateDiagramSources } from '../../../src/diagrams/validate-sources.ts';
import { formatContentError } from '../../../src/model/validate.ts';
import { deckOf, diagramSlide } from '../../fixtures/decks.ts';

const messages = async (input: Parameters<typeof validateDiagramSources>[0]): Promise<string[]> =>
  (await validateDiagramSources(input, mermaid)).map(formatContentError);

describe('validateDiagramSources', () => {
  beforeAll(() => {
    mermaid.initialize(mermaidConfig);
  });

  it('accepts every diagram of the deck', async () => {
    expect(await messages(deck)).toEqual([]);
  });

  it("reports a source that does not parse with the file, slide and Mermaid's message", async () => {
    const broken = deckOf({
      '03-twee.ts': {
        title: { nl: 'Twee', en: 'Twee' },
        slides: [
          {
            ...diagramSlide,
            diagram: {
              ...diagramSlide.diagram,
              source: { nl: 'flowchart LR\n  a --> ', en: diagramSlide.diagram.source.en },
            },
          },
        ],
      },
    });
    const [message, ...rest] = await messages(broken);
    expect(rest).toEqual([]);
    expect(message).toMatch(
      /^slides\/03-twee\.ts > schema > diagram\.source\.nl: Mermaid cannot parse slides\/diagrams\/schema\.ts: Parse error on line \d+:/,
    );
  });

  it('reports a step that names a node the source does not have', async () => {
    const broken = deckOf({
      '03-twee.ts': {
        title: { nl: 'Twee', en: 'Twee' },
        slides: [
          {
            ...diagramSlide,
            diagram: { ...diagramSlide.diagram, steps: [{ nodes: ['a'] }, { nodes: ['c'] }] },
          },
        ],
      },
    });
    expect(await messages(broken)).toEqual([
      'slides/03-twee.ts > schema > diagram.steps[1].nodes[0]: node "c" is not in slides/diagrams/schema.ts (nl); its nodes are a, b',
      'slides/03-twee.ts > schema > diagram.steps[1].nodes[0]: node "c" is not in slides/diagrams/schema.ts (en); its nodes are a, b',
    ]);
  });

  it('reports node classes the deck has no colours for', async () => {
    const broken = deckOf({
      '03-twee.ts': {
        title: { nl: 'Twee', en: 'Twee' },
        slides: [
          {
            ...diagramSlide,
            diagram: {
              ...diagramSlide.diagram,
              source: {
                nl: 'flowchart LR\n  a["A"] --> b["B"]\n  class a purple\n  class b internal',
                en: 'flowchart LR\n  a["A"] --> b["B"]\n  class a external\n  class b internal',
              },
            },
          },
        ],
      },
    });
    expect(await messages(broken)).toEqual([
      'slides/03-twee.ts > schema > diagram.source.nl: node "a" in slides/diagrams/schema.ts has class "purple"; use one of external, internal, neutral, tie',
    ]);
  });

  it('reports a node without a tone, so no part of a diagram escapes the colour key', async () => {
    const broken = deckOf({
      '03-twee.ts': {
        title: { nl: 'Twee', en: 'Twee' },
        slides: [
          {
            ...diagramSlide,
            diagram: {
              ...diagramSlide.diagram,
              source: {
                nl: 'flowchart LR\n  a["A"] --> b["B"]\n  class a external',
                en: diagramSlide.diagram.source.en,
              },
            },
          },
        ],
      },
    });
    expect(await messages(broken)).toEqual([
      'slides/03-twee.ts > schema > diagram.source.nl: node "b" in slides/diagrams/schema.ts has no tone: add it to a line "class <ids> external | internal | neutral | tie"',
    ]);
  });

  it.each(['style a fill:#f00', 'classDef hot fill:#f00', 'linkStyle 0 stroke:#f00'])(
    'refuses a source that paints directly (%s): colour comes from tones only',
    async (paint) => {
      const broken = deckOf({
        '03-twee.ts': {
          title: { nl: 'Twee', en: 'Twee' },
          slides: [
            {
              ...diagramSlide,
              diagram: {
                ...diagramSlide.diagram,
                source: {
                  nl: diagramSlide.diagram.source.nl,
                  en: `${diagramSlide.diagram.source.en}\n  ${paint}`,
                },
              },
            },
          ],
        },
      });
      const [message, ...rest] = await messages(broken);
      expect(rest).toEqual([]);
      expect(message).toContain(
        `slides/03-twee.ts > schema > diagram.source.en: slides/diagrams/schema.ts paints with "${paint.split(' ')[0] ?? ''}": give each node a tone instead`,
      );
    },
  );

  it('accepts flowcharts only, since the deck styles and steps those', async () => {
    const broken = deckOf({
      '03-twee.ts': {
        title: { nl: 'Twee', en: 'Twee' },
        slides: [
          {
            ...diagramSlide,
            diagram: {
              ...diagramSlide.diagram,
              source: { nl: 'pie\n  "a" : 1', en: diagramSlide.diagram.source.en },
              steps: [],
            },
          },
        ],
      },
    });
    const result = await messages(broken);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/flowcharts only|cannot parse/);
  });
});
