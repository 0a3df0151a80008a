import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { previewSlideId, projected, waitForDeck } from './support/deck.ts';
import { loadFixtureDeck } from './support/sites.ts';

/** The speaker view's mechanics, on the fixture deck (tests/fixtures/deck/). */
const baseUrl = inject('fixtureUrl');
const browser = useBrowser();
const { deck: loaded } = await loadFixtureDeck();
const slides = loaded.slides;
const within = { timeout: 15_000 };

function indexOf(id: string): number {
  const index = slides.findIndex((entry) => entry.slide.id === id);
  if (index < 0) throw new Error(`no slide ${id} in the deck`);
  return index;
}

async function openSpeakerView(page: Page, context: BrowserContext): Promise<Page> {
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.waitForLoadState();
  return speaker;
}

const notesHeading = (speaker: Page): Promise<string | null> =>
  speaker.locator('.speaker-notes h2').textContent();

describe('the speaker view', () => {
  it('opens on S with the notes for this step, the slide and what comes next, and drives the deck', async () => {
    const { page, context, record, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}#/het-schema/0`);
      await waitForDeck(page);
      const speaker = await openSpeakerView(page, context);
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('het-schema/1');
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-upcoming'), within)
        .toBe('het-schema/2');
      expect(await notesHeading(speaker)).toBe('Notities · Buiten en binnen');
      // The part of the notes for this step stands out; the cues are numbered.
      const now = await speaker.locator('.speaker-piece.is-now').allTextContents();
      expect(now.join(' ')).toMatch(/^Eerst buiten/);
      expect(await speaker.locator('.speaker-cue').allTextContents()).toEqual([
        'klik 1',
        'klik 2',
        'klik 3',
      ]);
      // A prompt for the presenter stands apart by its label and its dashed box, not colour alone.
      const prompt = speaker.locator('.speaker-prompt');
      expect(await prompt.textContent()).toBe('Aanwijzing eigen voorbeeld: een team dat zo leerde');
      expect(await prompt.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe(
        'dashed',
      );
      expect(await speaker.locator('.speaker-current h2').textContent()).toBe(
        `Nu · Dia ${indexOf('het-schema') + 1} van ${slides.length} · stap 1 van 3 · 4:00 voor deze dia`,
      );
      // Opening it did not move the projected slide: one step on from the deck lands on step 2,
      // and the view, which has seen every message before that one, shows it there too.
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('het-schema/2');
      expect(await projected(page)).toBe('het-schema/2');

      // The deck moves: the view follows.
      const after = slides[indexOf('het-schema') + 1]?.slide.id ?? '';
      for (let step = 0; step < 2; step++) await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe(`${after}/0`);
      expect(await notesHeading(speaker)).toMatch(/^Notities · /);
      expect(await notesHeading(speaker)).not.toBe('Notities · Buiten en binnen');
      // The view moves the deck: keys (a clicker talks to the focused window) and buttons.
      await speaker.keyboard.press('PageUp');
      await expect.poll(() => projected(page), within).toBe('het-schema/3');
      await speaker.getByRole('button', { name: 'Volgende' }).click();
      await expect.poll(() => projected(page), within).toBe(`${after}/0`);
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the time gone, the pace against the slides’ minutes and the planned end', async () => {
    const { page, context, close } = await openPage(browser(), { timezoneId: 'Europe/Amsterdam' });
    try {
      await context.clock.install({ time: new Date('2026-11-30T09:00:00+01:00') });
      await page.goto(baseUrl);
      await waitForDeck(page);
      const speaker = await openSpeakerView(page, context);
      const figure = (index: number) =>
        speaker.locator('.speaker-figure').nth(index).locator('.speaker-figure-value');
      await expect.poll(() => figure(3).textContent(), within).toBe('09:22');
      // Three minutes on the title slide, which has two: the plan is at its start, so behind.
      await context.clock.fastForward('03:00');
      await expect.poll(() => figure(1).textContent(), within).toBe('3:00');
      await expect.poll(() => figure(2).textContent(), within).toBe('3 min achter');
      expect(
        await speaker
          .locator('.speaker-figure')
          .nth(3)
          .locator('.speaker-figure-extra')
          .textContent(),
      ).toBe('in dit tempo: 09:25');
      // Jump ahead to the start of the slide planned at 7 minutes or more: ahead of plan.
      const planned = slides.map((_, i) =>
        slides.slice(0, i).reduce((sum, entry) => sum + entry.timingSeconds, 0),
      );
      const target = planned.findIndex((seconds) => seconds >= 7 * 60);
      const ahead = Math.round((planned[target] ?? 0) / 60 - 3);
      await page.evaluate((h) => window.Reveal?.slide(h), target);
      await expect.poll(() => figure(2).textContent(), within).toBe(`${ahead} min voor`);
      // Restarting the clock starts the plan from here.
      await speaker.getByRole('button', { name: 'Klok opnieuw' }).click();
      await expect.poll(() => figure(2).textContent(), within).toBe('op schema');
      await expect.poll(() => figure(1).textContent(), within).toBe('0:00');
    } finally {
      await close();
    }
  });

  it('offers a button and a new tab when the browser blocks its pop-up; the tab stays in sync', async () => {
    const { page, context, record, close } = await openPage(browser());
    try {
      // A pop-up blocker: window.open gives nothing, as a blocking browser does.
      await context.addInitScript(() => {
        window.open = () => null;
      });
      await page.goto(`${baseUrl}#/een-citaat`);
      await waitForDeck(page);
      await page.keyboard.press('s');
      const notice = page.locator('#speaker-view-blocked[role="alert"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('de browser houdt pop-ups tegen');
      expect(record.pageErrors).toEqual([]);
      const tab = context.waitForEvent('page');
      await notice.getByRole('link', { name: 'In een nieuw tabblad' }).click();
      const speaker = await tab;
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('een-citaat/0');
      expect(await notice.count()).toBe(0);
      await page.bringToFront();
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe(`${slides[indexOf('een-citaat') + 1]?.slide.id ?? ''}/0`);
    } finally {
      await close();
    }
  });

  it('finds the deck again after either window is reloaded', async () => {
    const { page, context, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}#/een-stelling`);
      await waitForDeck(page);
      const speaker = await openSpeakerView(page, context);
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('een-stelling/0');
      // The speaker view reloads: it asks the deck where it is.
      await speaker.reload();
      await expect.poll(() => notesHeading(speaker), within).toMatch(/^Notities · /);
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('een-stelling/0');
      // The deck reloads (at the next slide): it tells the speaker view, which drives it again.
      await page.goto(`${baseUrl}#/een-citaat`);
      await page.reload();
      await waitForDeck(page);
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('een-citaat/0');
      await speaker.keyboard.press('ArrowLeft');
      await expect.poll(() => projected(page), within).toBe('een-stelling/0');
      expect(await speaker.locator('.speaker-status').textContent()).toBe('');
    } finally {
      await close();
    }
  });

  it('says it is waiting when no deck answers', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}?view=speaker`);
      await expect
        .poll(() => page.locator('.speaker-status').textContent(), within)
        .toContain('Wacht op de presentatie');
    } finally {
      await close();
    }
  });

  it('keeps the screen awake while presenting, again after the tab was hidden', async () => {
    const { page, context, close } = await openPage(browser());
    try {
      // A stand-in for the Screen Wake Lock API that counts the requests.
      await context.addInitScript(() => {
        const requests: string[] = [];
        Object.defineProperty(navigator, 'wakeLock', {
          value: {
            request: (type: string) => {
              requests.push(type);
              return Promise.resolve({ released: false, release: () => Promise.resolve() });
            },
          },
        });
        Object.assign(window, { __wakeLocks: requests });
      });
      await page.goto(baseUrl);
      await waitForDeck(page);
      const requests = (): Promise<string[]> =>
        page.evaluate(() => (window as unknown as { __wakeLocks: string[] }).__wakeLocks);
      expect(await requests()).toEqual(['screen']);
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      expect(await requests()).toEqual(['screen', 'screen']);
    } finally {
      await close();
    }
  });
});
