import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { diagramSourcesUnchecked, loadDeck } from '../../../src/model/check-deck.ts';
import { applyCut } from '../../../src/model/cut.ts';
import { exerciseOf } from '../../../src/model/exercise.ts';
import { limits } from '../../../src/model/limits.ts';
import { collectTexts, visibleWordCount } from '../../../src/model/texts.ts';

const slidesFolder = fileURLToPath(new URL('../../../slides/', import.meta.url));
// The diagram sources are parsed with Mermaid in tests/unit/scripts/deck-checker.test.ts.
const { deck: resolved, notes: notesById } = await loadDeck(deck, diagramSourcesUnchecked);
const allText = resolved.slides
  .flatMap((entry) => collectTexts(entry.slide))
  .filter((use) => use.path !== 'notes')
  .map((use) => String(use.value.nl))
  // A diagram label breaks its lines with <br/>; the room reads it as one phrase.
  .join('\n')
  .replaceAll(/<br\s*\/?>/g, ' ');

describe('the deck in slides/', () => {
  it('validates', () => {
    expect(resolved.slides.length).toBeGreaterThan(0);
  });

  it('lists every section module of slides/ exactly once, in file order', () => {
    const modules = readdirSync(slidesFolder)
      .filter((name) => /^\d\d-.+\.ts$/.test(name))
      .sort();
    expect(Object.keys(deck.sections)).toEqual(modules);
  });

  it('is a full talk of 15 to 45 minutes, exercises included', () => {
    const minutes = resolved.totalSeconds / 60;
    expect(minutes).toBeGreaterThanOrEqual(limits.minTalkMinutes);
    expect(minutes).toBeLessThanOrEqual(limits.maxTalkMinutes);
  });

  it('has a full cut and a short one that skips the board and shortens the discussion', () => {
    const full = applyCut(resolved, 'full');
    const short = applyCut(resolved, 'short');
    expect(full.slides.length).toBe(resolved.slides.length);
    expect(short.slides.map((entry) => entry.slide.id)).not.toContain('waar-staan-wij');
    expect(short.slides.length).toBe(full.slides.length - 1);
    expect(short.totalSeconds).toBeLessThan(full.totalSeconds);
    // Each cut is held to its slot by the content check; here, that the short one is shorter.
    expect(short.totalSeconds / 60).toBeLessThanOrEqual(
      (short.cut?.slotMinutes ?? 0) * (1 + limits.slotTolerance),
    );
  });

  it('keeps every slide to about thirty words', () => {
    for (const entry of resolved.slides) {
      expect(visibleWordCount(entry.slide, 'nl'), entry.slide.id).toBeLessThanOrEqual(
        limits.maxVisibleWords,
      );
    }
  });

  it('tells the whole story of the article', () => {
    const moments = [
      'Zes maanden later',
      'Laten we gewoon achter de bar gaan staan.',
      'toiletpapier dan aan verzekeringen',
      'Nu een nieuw raam',
      'kennis, netwerk en serviceorganisatie',
      'Verzekeraars kunnen ondernemers helpen met dagelijkse uitdagingen',
      // The two movements are told in the diagram (its labels are in its source).
      'Wij verzekeren je bedrijf',
      'Wij snappen je werkelijkheid en helpen je daarin',
      'Experts met oplossingen',
      'Declarabele uren',
      'Bezettingsgraad',
      'Agenda’s zitten vol',
      'collectief leren',
      'Geen uitrolproject',
      'Sensemaking',
      'Experimenteren',
      'Loslaten',
      'Zowel-als denken',
      'Eén klantrelatie',
      'Eén team',
      'tijd, veiligheid, mandaat',
      'Wat heeft het team nodig?',
      'Wat past er voor jou, nu?',
    ];
    for (const moment of moments) {
      expect(allText, `the deck should show "${moment}"`).toContain(moment);
    }
  });

  it('runs three exercises: the board, the discussion and the closing poll', () => {
    const exercises = resolved.slides.flatMap((entry) =>
      exerciseOf(entry.slide) === undefined ? [] : [entry.slide.id],
    );
    expect(exercises).toEqual(['waar-staan-wij', 'de-vraag-voor-jou', 'wat-past-er-voor-jou']);
  });

  it('speaks in the adviser’s voice: never as the insurer, never naming one', () => {
    for (const entry of resolved.slides) {
      const notes = notesById[entry.slide.id];
      // "Vanaf onze kant" / "our product": the insurer's voice, which the presenter does not have.
      expect(notes?.nl, entry.slide.id).not.toMatch(/\bonze kant\b|\bons product\b/iu);
      expect(notes?.en, entry.slide.id).not.toMatch(/\bour side\b|\bour product\b/iu);
    }
  });

  it('opens with the title and closes with the question for the room', () => {
    expect(resolved.slides[0]?.slide.kind).toBe('title');
    expect(resolved.slides.at(-1)?.slide.id).toBe('wat-past-er-voor-jou');
  });

  it('shows every diagram in slides/diagrams/ on exactly one slide, named after its file', () => {
    const files = readdirSync(new URL('diagrams/', `file://${slidesFolder}`))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    const shown = resolved.slides
      .flatMap((entry) => (entry.slide.kind === 'diagram' ? [entry.slide.diagram.id] : []))
      .sort();
    expect(shown).toEqual(files);
  });
});
