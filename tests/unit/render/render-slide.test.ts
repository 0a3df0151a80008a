import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/model/authored.ts';
import { resolveDeck } from '../../../src/model/resolve.ts';
import { renderDeck, renderSlide } from '../../../src/render/render-slide.ts';
import { deckOf, validDeck, validNotes } from '../../fixtures/decks.ts';

function render(slide: Slide): string {
  const deck = resolveDeck(deckOf({ '01-test.ts': { title: { nl: 'Test' }, slides: [slide] } }));
  const [entry] = deck.slides;
  if (entry === undefined) throw new Error('fixture deck has no slide');
  return renderSlide(entry, 'nl').value;
}

describe('renderSlide', () => {
  it('gives the section its readable id, timing and notes', () => {
    const markup = render({
      kind: 'quote',
      id: 'achter-de-bar',
      lead: { nl: 'Tot iemand zei:' },
      quote: { nl: 'Laten we gewoon achter de bar gaan staan.' },
      notes: { nl: 'Eerste alinea.\n\nTweede alinea.' },
      minutes: 1.5,
    });
    expect(markup).toMatch(/^<section id="achter-de-bar" class="slide-quote" data-timing="90">/);
    expect(markup).toContain(
      '<aside class="notes"><p>Eerste alinea.</p><p>Tweede alinea.</p></aside>',
    );
    expect(markup).toContain(
      '<blockquote><p>Laten we gewoon achter de bar gaan staan.</p></blockquote>',
    );
  });

  it('escapes content so text can never become markup', () => {
    const markup = render({
      kind: 'statement',
      id: 'veilig',
      statement: { nl: '<img src=x onerror=alert(1)> & "quotes"' },
      notes: validNotes,
      minutes: 1,
    });
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(markup).not.toContain('<img');
  });

  it('turns steps into reveal.js fragments with zero-based indices', () => {
    const markup = render({
      kind: 'bullets',
      id: 'stappen',
      title: { nl: 'Stappen' },
      items: [
        { text: { nl: 'altijd zichtbaar' } },
        { text: { nl: 'eerste klik' }, step: 1 },
        { text: { nl: 'tweede klik' }, step: 2 },
      ],
      notes: validNotes,
      minutes: 1,
    });
    expect(markup).toContain('<li>altijd zichtbaar</li>');
    expect(markup).toContain('<li class="fragment" data-fragment-index="0">eerste klik</li>');
    expect(markup).toContain('<li class="fragment" data-fragment-index="1">tweede klik</li>');
  });

  it('puts statements and questions on the night background', () => {
    const markup = render({
      kind: 'question',
      id: 'vraag',
      question: { nl: 'Wat past er voor jou, nu?' },
      notes: validNotes,
      minutes: 1,
    });
    expect(markup).toContain('class="slide-question slide-dark"');
    expect(markup).toContain('data-background-color="#14202B"');
    expect(markup).toContain('<h2 class="question">Wat past er voor jou, nu?</h2>');
  });

  it('colours columns by the movement they belong to', () => {
    const markup = render({
      kind: 'columns',
      id: 'kolommen',
      title: { nl: 'Twee kolommen' },
      columns: [
        { heading: { nl: 'Extern' }, tone: 'external', items: [{ text: { nl: 'a' } }] },
        { heading: { nl: 'Intern' }, tone: 'internal', step: 1, items: [{ text: { nl: 'b' } }] },
      ],
      notes: validNotes,
      minutes: 1,
    });
    expect(markup).toContain('<div class="column tone-external">');
    expect(markup).toContain('<div class="column tone-internal fragment" data-fragment-index="0">');
    // Nested <section> elements would become vertical slides in reveal.js.
    expect(markup.match(/<section/g)).toHaveLength(1);
  });
});

describe('renderDeck', () => {
  it('renders every slide once, in order', () => {
    const markup = renderDeck(resolveDeck(validDeck()), 'nl');
    const ids = [...markup.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['titel', 'lijst', 'training-versus-systemen', 'achter-de-bar']);
  });
});
