import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { deck } from '../../../slides/index.ts';
import { withNotes } from '../../../src/model/with-notes.ts';
import {
  contentModuleFiles,
  notesEntries,
  notesModule,
} from '../../../scripts/vite/notes-module.ts';
import { stripNotes } from '../../../scripts/vite/strip-notes.ts';
import type { Text } from '../../../src/model/authored.ts';

const slidesDir = fileURLToPath(new URL('../../../slides', import.meta.url));

/** Runs the generated module, as the bundle would, and returns what it exports. */
async function notesOf(code: string): Promise<Record<string, Text>> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    notes: Record<string, Text>;
  };
  return module.notes;
}

describe('the notes module', () => {
  it('carries every slide’s notes, exactly as written, so the deck can be put back whole', async () => {
    const notes = await notesOf(notesModule(contentModuleFiles(slidesDir), true));
    const slides = Object.values(deck.sections).flatMap((section) => section.slides);
    expect(Object.keys(notes)).toEqual(slides.map((slide) => slide.id));
    expect(withNotes(deck, notes)).toEqual(deck);
  });

  it('is empty when the build leaves the notes out', async () => {
    expect(await notesOf(notesModule(contentModuleFiles(slidesDir), false))).toEqual({});
  });

  it('refuses notes that are not literal text, naming the file and slide', () => {
    const code = "const x = 'a'; export const s = { id: 'een', notes: { nl: x } };";
    expect(() => notesEntries(code, 'slides/01-x.ts')).toThrow(
      'slides/01-x.ts > een > notes: write the notes as literal text',
    );
  });

  it('pairs with the slides bundled without notes', () => {
    const code = "export const s = { id: 'een', notes: { nl: `Zeg dit.`, en: 'Say this.' } };";
    expect(stripNotes(code, 'slides/01-x.ts')).toBe(
      "export const s = { id: 'een', notes: { nl: '', en: '' } };",
    );
    expect(notesEntries(code, 'slides/01-x.ts')).toEqual([
      '"een": { nl: `Zeg dit.`, en: \'Say this.\' }',
    ]);
  });
});
