/**
 * The built deck in a real Chromium: every slide by its deep link, at its final fragment state,
 * plus the speaker view. Each slide is loaded once, in a fresh context, and everything about it is
 * collected up front; the tests then judge that record, naming the slide and the element at fault.
 */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locale, Text } from '../../src/model/authored.ts';
import { otherLocale } from '../../src/deck/locale-switch.ts';
import { loadBuiltDeck } from '../../scripts/lib/load-deck.ts';
import { locales } from '../../src/model/locales.ts';
import { collectTexts } from '../../src/model/texts.ts';
import { uiText } from '../../src/render/ui-text.ts';
import { LOCAL_HOST, openPage, useBrowser, type PageRecord } from './support/browser.ts';
import {
  MIN_FONT_PX,
  currentSlideId,
  inspectLayout,
  platformFonts,
  settle,
  showFinalFragment,
  slideIds,
  waitForDeck,
  type PlatformFont,
  type SlideLayout,
} from './support/deck.ts';

/**
 * The family names Chromium reports for Inter: the font files name weights other than regular
 * and bold as their own family (the 600 weight is "Inter SemiBold").
 */
const INTER = /^Inter( (Thin|ExtraLight|Light|Medium|SemiBold|ExtraBold|Black))?$/;

const baseUrl = inject('baseUrl');
const { deck: authored } = await loadBuiltDeck();

/**
 * Every string of one edition that differs from the other edition's, as a whole-word pattern:
 * slide texts (notes and diagram sources aside: those are checked elsewhere) and the deck's
 * own words. Names read the same in both, so they never count.
 */
function foreignStrings(locale: Locale, shownIn: Locale): { text: string; pattern: RegExp }[] {
  const texts: Text[] = [
    ...authored.slides.flatMap(({ slide }) =>
      collectTexts(slide)
        .filter((use) => !/^(notes|diagram\.source)/.test(use.path))
        .map((use) => use.value as Text),
    ),
    ...Object.values(uiText),
  ];
  const strings = texts
    .filter((text) => text[locale] !== text[shownIn])
    .map((text) => text[locale].trim())
    .filter((text) => text.length > 3 && !/[{}]/.test(text));
  return [...new Set(strings)].map((text) => ({
    text,
    pattern: new RegExp(
      `(^|\\P{L})${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(\\P{L}|$)`,
      'u',
    ),
  }));
}
const browser = useBrowser();

/** Everything we learned about one slide from loading its deep link. */
interface SlideReport {
  readonly id: string;
  /** Why the slide could not be inspected, if it could not. */
  readonly error: string | undefined;
  /** The id of the slide reveal.js showed after loading `#/<id>`. */
  readonly landedOn: string;
  readonly record: PageRecord;
  readonly layout: SlideLayout;
  /** Per entry of `layout.textElements`, the fonts its text was drawn with. */
  readonly fonts: PlatformFont[][];
  /** The slide's text as the room sees it, at its final step. */
  readonly visibleText: string;
  /** The page's `<html lang>`. */
  readonly htmlLang: string;
}

function deepLink(id: string, lang: Locale): string {
  return `${baseUrl}?lang=${lang}#/${id}`;
}

async function inspectSlide(chromium: Browser, id: string, lang: Locale): Promise<SlideReport> {
  const { page, record, close } = await openPage(chromium);
  const report = {
    id,
    error: undefined as string | undefined,
    landedOn: '',
    record,
    layout: { outside: [], clipped: [], smallText: [], textElements: [] } as SlideLayout,
    fonts: [] as PlatformFont[][],
    visibleText: '',
    htmlLang: '',
  };
  try {
    await page.goto(deepLink(id, lang));
    await waitForDeck(page);
    await settle(page);
    report.landedOn = await currentSlideId(page);
    if (report.landedOn !== id) return report;
    await showFinalFragment(page);
    report.layout = await inspectLayout(page);
    report.visibleText = await page.evaluate(
      () => document.querySelector<HTMLElement>('.reveal .slides section.present')?.innerText ?? '',
    );
    report.htmlLang = await page.evaluate(() => document.documentElement.lang);
    report.fonts = await platformFonts(page);
  } catch (error) {
    report.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    await close();
  }
  return report;
}

/** Fails with one line per problem, so a red run reads as a to-do list. */
function expectNone(problems: readonly string[], heading: string): void {
  expect(problems, `${heading}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

describe.each(locales)('the built deck in %s', (lang) => {
  let ids: string[] = [];
  const reports: SlideReport[] = [];

  beforeAll(async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}?lang=${lang}`);
      await waitForDeck(page);
      ids = await slideIds(page);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const onPage = [...record.pageErrors, ...record.consoleErrors].map((line) => `\n  ${line}`);
      throw new Error(
        `Could not list the slides at ${baseUrl}: ${reason}${onPage.length > 0 ? `\nErrors on the page:${onPage.join('')}` : ''}`,
        { cause: error },
      );
    } finally {
      await close();
    }
    for (const id of new Set(ids)) {
      if (id !== '') reports.push(await inspectSlide(browser(), id, lang));
    }
  }, 600_000);

  /** Problems per inspected slide, prefixed with its id; slides we could not inspect say so. */
  function perSlide(problemsOf: (report: SlideReport) => readonly string[]): string[] {
    return reports.flatMap((report) => {
      if (report.error !== undefined) return [`${report.id}: not checked, ${report.error}`];
      if (report.landedOn !== report.id) {
        return [`${report.id}: not checked, its deep link showed "${report.landedOn}"`];
      }
      return problemsOf(report).map((problem) => `${report.id}: ${problem}`);
    });
  }

  /**
   * Like perSlide, for problems of the whole page (a bad request or script shows up on every slide
   * that loads it): one line per problem, listing the slides it happened on.
   */
  function perPage(problemsOf: (report: SlideReport) => readonly string[]): string[] {
    const slidesWith = new Map<string, string[]>();
    const lines = perSlide((report) => {
      for (const problem of new Set(problemsOf(report))) {
        slidesWith.set(problem, [...(slidesWith.get(problem) ?? []), report.id]);
      }
      return [];
    });
    for (const [problem, slides] of slidesWith) {
      const where =
        slides.length === reports.length && slides.length > 1 ? 'every slide' : slides.join(', ');
      lines.push(`${problem} (on ${where})`);
    }
    return lines;
  }

  it('gives every slide a unique id to link to', () => {
    expect(ids.length, 'Reveal.getSlides() found no slides').toBeGreaterThan(0);
    const problems = ids.flatMap((id, index) => {
      if (id === '') return [`slide ${index + 1} of ${ids.length} has no id`];
      if (ids.indexOf(id) !== index) return [`slide ${index + 1} reuses the id "${id}"`];
      return [];
    });
    expectNone(problems, 'Slides without a unique id (they cannot be deep-linked)');
  });

  it('opens every slide from its deep link', () => {
    const problems = reports.flatMap((report) => {
      if (report.error !== undefined)
        return [`${deepLink(report.id, lang)} failed: ${report.error}`];
      if (report.landedOn !== report.id) {
        return [`${deepLink(report.id, lang)} showed slide "${report.landedOn}" instead`];
      }
      return [];
    });
    expectNone(problems, 'Deep links that do not open their slide');
  });

  it('logs no console error and throws no page error on any slide', () => {
    const problems = perPage(({ record }) => [
      ...record.pageErrors.map((error) => `page error: ${error}`),
      ...record.consoleErrors.map((error) => `console error: ${error}`),
    ]);
    expectNone(problems, 'Errors while showing slides');
  });

  it(`sends no request beyond ${LOCAL_HOST}`, () => {
    const problems = perPage(({ record }) =>
      record.externalRequests.map((url) => `requested ${url}`),
    );
    expectNone(problems, `Requests that would leave ${LOCAL_HOST} (blocked during the test)`);
  });

  it('keeps every slide inside its 1280×720 box at the final fragment', () => {
    const problems = perSlide(({ layout }) => layout.outside);
    expectNone(problems, 'Content outside the 1280×720 slide box (sizes in design pixels)');
  });

  it('cuts off no content inside any slide', () => {
    const problems = perSlide(({ layout }) => layout.clipped);
    expectNone(problems, 'Elements that hide part of their content');
  });

  it(`shows no text smaller than ${MIN_FONT_PX} design pixels`, () => {
    const problems = perSlide(({ layout }) => layout.smallText);
    expectNone(problems, `Text under ${MIN_FONT_PX}px, too small for the back row`);
  });

  it('draws all slide text in Inter, the webfont the site serves itself', () => {
    const problems = perSlide(({ layout, fonts }) =>
      fonts.flatMap((used, index) =>
        used
          .filter((font) => !INTER.test(font.familyName) || !font.isCustomFont)
          .map(
            (font) =>
              `${layout.textElements[index] ?? `text element ${index}`} has ${font.glyphCount} glyph(s) in ${font.familyName} (${font.isCustomFont ? 'a webfont' : 'installed on this machine, not served by the site'})`,
          ),
      ),
    );
    expectNone(problems, 'Text not drawn in the Inter webfont');
  });

  it(`loads its font files from ${LOCAL_HOST}`, () => {
    const problems = perSlide(({ record, layout }) => {
      const files = record.fontFiles;
      const bad = files
        .filter(
          ({ url, status }) => new URL(url).hostname !== LOCAL_HOST || status < 200 || status > 299,
        )
        .map(
          ({ url, status }) =>
            `font file ${url} ${status === 0 ? 'failed to load' : `answered HTTP ${status}`}`,
        );
      if (files.length === 0 && layout.textElements.length > 0) {
        bad.push(`has text but requested no font file from ${LOCAL_HOST}`);
      }
      return bad;
    });
    expectNone(problems, 'Font files not served by the site');
  });

  it('speaks its language on every slide: <html lang>, and no text of the other edition', () => {
    const other = otherLocale(lang);
    const problems = perSlide((report) => {
      const found = foreignStrings(other, lang).filter((foreign) =>
        foreign.pattern.test(report.visibleText),
      );
      return [
        ...(report.htmlLang === lang ? [] : [`<html lang="${report.htmlLang}">`]),
        ...found.map((foreign) => `shows ${other} text "${foreign.text}"`),
      ];
    });
    expectNone(problems, `Slides of the ${lang} deck not in ${lang}`);
  });
});
