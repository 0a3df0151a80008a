// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawBoardResults, drawPollResults } from '../../../src/room/results-view.ts';
import type { BoardResultsText, PollResultsText } from '../../../src/room/results-view.ts';

const boardText: BoardResultsText = {
  marker: 'Marker {n}: {where}',
  quadrants: {
    bothStill: 'Adviesrelatie',
    externalOnly: 'Partnerschap botst op KPI’s',
    internalOnly: 'Leren zonder klant',
    bothMoving: 'Samen groeien',
  },
  spread: '{axis}: van {min} tot {max} procent',
  externalAxis: 'Externe beweging',
  internalAxis: 'Interne beweging',
  yours: '{name} (jouw marker)',
};

const pollText: PollResultsText = {
  options: [
    { id: 'een-klantrelatie', label: 'Beginnen bij één klantrelatie' },
    { id: 'een-team', label: 'Eén team ruimte geven' },
  ],
  count: '{n} van {total}',
  textsHeading: 'In eigen woorden',
  noTexts: 'Niemand schreef er iets bij.',
};

describe('drawing a board’s results', () => {
  it('places numbered markers at their percentages and bands over each axis’s range', () => {
    const layer = document.createElement('div');
    drawBoardResults(
      layer,
      [
        { n: 1, x: 80, y: 85 },
        { n: 2, x: 20, y: 30 },
      ],
      boardText,
      { mine: 2 },
    );
    const markers = [...layer.querySelectorAll<HTMLElement>('.room-marker')].map((marker) => ({
      n: marker.textContent,
      at: `${marker.style.left} ${marker.style.bottom}`,
      name: marker.getAttribute('aria-label'),
    }));
    expect(markers).toEqual([
      { n: '2', at: '20% 30%', name: 'Marker 2: Adviesrelatie (jouw marker)' },
      { n: '1', at: '80% 85%', name: 'Marker 1: Samen groeien' },
    ]);
    const x = layer.querySelector<HTMLElement>('.room-spread-x');
    const y = layer.querySelector<HTMLElement>('.room-spread-y');
    expect([x?.style.left, x?.style.width]).toEqual(['20%', '60%']);
    expect([y?.style.bottom, y?.style.height]).toEqual(['30%', '55%']);
    expect(layer.textContent).toContain('Externe beweging: van 20 tot 80 procent');
  });

  it('draws nothing but an empty layer for no markers', () => {
    const layer = document.createElement('div');
    drawBoardResults(layer, [], boardText);
    expect(layer.children).toHaveLength(0);
    expect(layer.dataset.roomMarkers).toBe('0');
  });
});

describe('drawing a poll’s results', () => {
  const entries = [
    { n: 1, option: 'een-team', text: '<img src=x onerror="alert(1)">' },
    { n: 2, option: 'een-team', text: '' },
    { n: 3, option: 'een-klantrelatie', text: 'Bellen met de grootste klant' },
  ];

  it('counts each option and shows markup in a text as characters, never as an element', () => {
    const container = document.createElement('div');
    drawPollResults(container, entries, pollText, { parts: 'both', mine: 'een-team' });
    const bars = [...container.querySelectorAll<HTMLElement>('.room-bar')].map(
      (bar) =>
        `${bar.querySelector('.room-bar-label')?.textContent} ${bar.querySelector('.room-bar-count')?.textContent}`,
    );
    expect(bars).toEqual([
      'Beginnen bij één klantrelatie 1 van 3',
      'Eén team ruimte geven 2 van 3',
    ]);
    expect(container.querySelector('img')).toBeNull();
    const texts = [...container.querySelectorAll('.room-text-words')].map((q) => q.textContent);
    expect(texts).toEqual(['<img src=x onerror="alert(1)">', 'Bellen met de grootste klant']);
    expect(container.querySelector('.room-bar.is-mine')?.getAttribute('data-room-option')).toBe(
      'een-team',
    );
  });

  it('leaves the texts out until they are asked for', () => {
    const container = document.createElement('div');
    drawPollResults(container, entries, pollText, { parts: 'counts' });
    expect(container.querySelector('.room-texts')).toBeNull();
  });

  it('draws the texts alone where the counts stand elsewhere', () => {
    const container = document.createElement('div');
    drawPollResults(container, entries, pollText, { parts: 'texts' });
    expect(container.querySelector('.room-bars')).toBeNull();
    expect(container.querySelectorAll('.room-text').length).toBeGreaterThan(0);
  });
});
