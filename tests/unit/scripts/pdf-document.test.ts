import { describe, expect, it } from 'vitest';
import type { DeckEvent } from '../../../src/model/authored.ts';
import { applyCut } from '../../../src/model/cut.ts';
import { resolveDeck } from '../../../src/model/resolve.ts';
import { documentInfo } from '../../../scripts/lib/pdf-document.ts';
import { handoutHtml } from '../../../scripts/lib/handout-html.ts';
import { bulletsSlide, deckOf, titleSlide } from '../../fixtures/decks.ts';

const fonts = { regular: 'r.woff2', semibold: 's.woff2', bold: 'b.woff2' };

function deckWith(event: DeckEvent) {
  return resolveDeck(
    deckOf(
      {
        '01-opening.ts': {
          title: { nl: 'Opening', en: 'Opening' },
          slides: [titleSlide, bulletsSlide],
        },
      },
      {
        event,
        cuts: {
          full: { name: { nl: 'Volledig', en: 'Full' }, slotMinutes: 12 },
          kort: {
            name: { nl: 'Korte versie', en: 'Short version' },
            slotMinutes: 6,
            skip: ['lijst'],
          },
        },
      },
    ),
  );
}

const acme: DeckEvent = {
  client: 'Acme',
  presenter: 'Anna de Vries',
  role: { nl: 'Adviseur', en: 'Adviser' },
  date: '2026-11-30',
  place: 'Utrecht',
};

describe("the PDF's metadata", () => {
  it('names the presenter as author and the client and day in the subject', () => {
    const info = documentInfo(applyCut(deckWith(acme).deck, 'full'), 'en');
    expect(info.author).toBe('Anna de Vries');
    expect(info.subject).toBe('For Acme · 30\u00a0November\u00a02026 — Een deck voor de tests');
    expect(info.title).toBe('Testdeck');
  });

  it("keeps the deck's own author and description for the generic talk", () => {
    const info = documentInfo(applyCut(deckWith({}).deck, 'full'), 'nl');
    expect(info.author).toBe('Test');
    expect(info.subject).toBe('Een deck voor de tests');
  });

  it('names a cut other than the full talk in the title', () => {
    const info = documentInfo(applyCut(deckWith({}).deck, 'kort'), 'nl', ' (hand-out)');
    expect(info.title).toBe('Testdeck · Korte versie (hand-out)');
  });
});

describe("the handout's header", () => {
  it('names the occasion above every slide, and counts the slides of the cut', () => {
    const { deck, notes } = deckWith(acme);
    const page = handoutHtml(applyCut(deck, 'kort'), notes, 'nl', fonts);
    expect(page.match(/class="running-head"/g)).toHaveLength(1);
    expect(page).toContain(
      'Voor Acme · Anna de Vries, Adviseur · 30\u00a0november\u00a02026 · Utrecht',
    );
    expect(page).toMatch(/Dia 1\s+van 1/);
  });

  it('has no header at all for the generic talk', () => {
    const { deck, notes } = deckWith({});
    expect(handoutHtml(applyCut(deck, 'full'), notes, 'nl', fonts)).not.toContain(
      'class="running-head"',
    );
  });
});
