// @vitest-environment happy-dom
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { composeSource, diagramNodeClasses } from '../../../src/diagrams/compose-source.ts';
import { edgeTone } from '../../../src/diagrams/edge-tones.ts';
import { readFlowchart, type FlowchartParts } from '../../../src/diagrams/flowchart-parts.ts';
import { mermaidConfig } from '../../../src/diagrams/mermaid-config.ts';
import type { DiagramSlide, Slide } from '../../../src/model/authored.ts';
import { locales } from '../../../src/model/locales.ts';

/**
 * The colour key, on the real deck: terracotta (tone `external`) is the client relationship,
 * teal (`internal`) the organisation's own people and systems. Content names tones, never
 * colours; these tests walk every slide and every diagram to keep it so.
 */
const slides: Slide[] = Object.values(deck.sections).flatMap((section) => [...section.slides]);
const slide = (id: string): Slide | undefined => slides.find((s) => s.id === id);
const diagramSlides = slides.filter((s): s is DiagramSlide => s.kind === 'diagram');
const tones = ['external', 'internal', 'neutral'];

/** Every `tone` field in a slide, with where it is. */
function tonesIn(value: unknown, path: string): { path: string; tone: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => tonesIn(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    key === 'tone' ? [{ path: `${path}.tone`, tone: child }] : tonesIn(child, `${path}.${key}`),
  );
}

/** Every string in a slide's content (its notes aside): where a colour could sneak in. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'notes' ? [] : stringsIn(child)));
}

const parsed = new Map<string, FlowchartParts>();

beforeAll(async () => {
  mermaid.initialize(mermaidConfig);
  for (const { diagram } of diagramSlides) {
    for (const locale of locales) {
      const { parts } = await readFlowchart(mermaid, composeSource(diagram, locale));
      if (parts === undefined) throw new Error(`${diagram.id} (${locale}) is not a flowchart`);
      parsed.set(`${diagram.id}:${locale}`, parts);
    }
  }
});

/** A diagram node's tone class, in a locale. */
function nodeTone(diagramId: string, node: string, locale: (typeof locales)[number]): string[] {
  const classes = parsed.get(`${diagramId}:${locale}`)?.nodeClasses.get(node) ?? [];
  return classes.filter((name) => name !== 'default');
}

describe('the colour key of the deck in slides/', () => {
  it('gives every toned block a tone, never anything else', () => {
    const found = slides.flatMap((s) => tonesIn(s, s.id));
    expect(found.length).toBeGreaterThan(0);
    for (const { path, tone } of found) expect(tones, path).toContain(tone);
  });

  it('names no colour anywhere in the content', () => {
    for (const s of slides) {
      for (const text of stringsIn(s)) {
        expect(text, s.id).not.toMatch(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i);
      }
    }
  });

  it('gives every diagram node exactly one tone class the deck styles', () => {
    expect(diagramSlides.length).toBeGreaterThan(0);
    for (const [key, parts] of parsed) {
      for (const [node, classes] of parts.nodeClasses) {
        if (parts.subgraphs.includes(node)) continue;
        const named = classes.filter((name) => name !== 'default');
        expect(named, `${key} > ${node}`).toHaveLength(1);
        expect(diagramNodeClasses, `${key} > ${node}`).toContain(named[0]);
      }
    }
  });

  it('sets training for the client relationship against the systems of the organisation', () => {
    const columns = slide('training-versus-systemen');
    expect(columns?.kind).toBe('columns');
    if (columns?.kind !== 'columns') return;
    expect(columns.columns.map((column) => column.tone)).toEqual(['external', 'internal']);
  });

  it.each(locales)(
    'pulls the professional towards the client in terracotta and towards targets in teal (%s)',
    (locale) => {
      expect(nodeTone('de-spanning', 'prof', locale)).toEqual(['tie']);
      expect(nodeTone('de-spanning', 'klant', locale)).toEqual(['external']);
      expect(nodeTone('de-spanning', 'targets', locale)).toEqual(['internal']);
      // Both arrows leave the professional (a pull, not a two-way exchange), each in its tone.
      const edges = (parsed.get(`de-spanning:${locale}`)?.edges ?? []).filter(
        (edge) => edge.stroke !== 'invisible',
      );
      expect(
        edges.map((edge) => [
          edge.start,
          edge.end,
          edgeTone(nodeTone('de-spanning', edge.end, locale)),
        ]),
      ).toEqual([
        ['prof', 'klant', 'external'],
        ['prof', 'targets', 'internal'],
      ]);
    },
  );

  it.each(locales)(
    'shows the client relationship in terracotta, people and systems in teal (%s)',
    (locale) => {
      for (const node of ['klant1', 'klant2']) {
        expect(nodeTone('twee-bewegingen', node, locale), node).toEqual(['external']);
      }
      for (const node of ['mensen1', 'mensen2', 'systemen1', 'systemen2']) {
        expect(nodeTone('twee-bewegingen', node, locale), node).toEqual(['internal']);
      }
    },
  );
});
