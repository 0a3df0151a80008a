/**
 * The story's pictures (src/pictures/) in the built talk: on their slides, named for screen
 * readers in the slide's language, beside the text without touching it, and whole inside the
 * slide, where the room sees them (1280x720), in a speaker-view preview's small window, and
 * in the reader view on a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltDeck } from '../../scripts/lib/load-deck.ts';
import type { Locale, PictureName } from '../../src/model/authored.ts';
import { locales } from '../../src/model/locales.ts';
import { pictures } from '../../src/pictures/pictures.ts';
import { openPage, useBrowser } from './support/browser.ts';
import { inspectLayout, settle, showFinalFragment, waitForDeck } from './support/deck.ts';
import { waitForDiagrams } from './support/diagrams.ts';

const baseUrl = inject('baseUrl');
const { deck } = await loadBuiltDeck();
const browser = useBrowser();

/** The slides that carry a picture, from the content the build shipped. */
const pictured: { id: string; picture: PictureName }[] = deck.slides.flatMap(({ slide }) => {
  const picture =
    slide.kind === 'statement' || slide.kind === 'quote' || slide.kind === 'fact'
      ? slide.picture
      : undefined;
  return picture === undefined ? [] : [{ id: slide.id, picture }];
});

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A picture on screen: its name, its box, its text's box and the box it must stay in. */
interface PictureOnScreen {
  readonly slide: string;
  readonly role: string | null;
  readonly label: string | null;
  readonly picture: Box;
  readonly text: Box;
  readonly frame: Box;
  /** The picture's width in the slide's own (design) pixels. */
  readonly designWidth: number;
}

/** Measures every picture in the given slides (`section` elements), in screen pixels. */
function measure(page: Page, sectionSelector: string): Promise<PictureOnScreen[]> {
  return page.evaluate((selector) => {
    const box = (element: Element): Box => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((section) => {
      const svg = section.querySelector<SVGSVGElement>('.picture-row > svg.picture');
      const text = svg?.parentElement?.firstElementChild;
      const frame = section.querySelector<HTMLElement>('.slide-frame');
      if (svg === null || text == null || frame === null) return [];
      const frameBox = frame.getBoundingClientRect();
      return [
        {
          slide: section.id,
          role: svg.getAttribute('role'),
          label: svg.getAttribute('aria-label'),
          picture: box(svg),
          text: box(text),
          frame: box(frame),
          designWidth: (svg.getBoundingClientRect().width / frameBox.width) * frame.offsetWidth,
        },
      ];
    });
  }, sectionSelector);
}

/** What is wrong with one picture's place, one line per problem. */
function placeProblems(shown: PictureOnScreen): string[] {
  const { picture, text, frame, slide } = shown;
  const problems: string[] = [];
  const tolerance = 1;
  if (
    picture.left < frame.left - tolerance ||
    picture.top < frame.top - tolerance ||
    picture.right > frame.right + tolerance ||
    picture.bottom > frame.bottom + tolerance
  ) {
    problems.push(`${slide}: the picture sticks out of the slide`);
  }
  if (text.right > picture.left + tolerance) {
    problems.push(
      `${slide}: the text runs into the picture (${Math.round(text.right - picture.left)}px)`,
    );
  }
  if (shown.designWidth < 300) {
    problems.push(`${slide}: the picture is only ${Math.round(shown.designWidth)} design px wide`);
  }
  return problems;
}

function expectNone(problems: readonly string[], heading: string): void {
  expect(problems, `${heading}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

it('the talk shows all five pictures of the story', () => {
  expect(pictured.map((entry) => entry.picture).sort()).toEqual(
    ['bar', 'breakthrough', 'broken-window', 'toilet-paper', 'two-at-once'].sort(),
  );
});

describe.each(locales)('the pictures in %s', (lang: Locale) => {
  it('stand beside their text, named in the language, inside the slide at 1280x720', async () => {
    const { page, close } = await openPage(browser(), { reducedMotion: 'reduce' });
    const problems: string[] = [];
    try {
      for (const { id, picture } of pictured) {
        await page.goto(`${baseUrl}?lang=${lang}#/${id}`);
        await waitForDeck(page);
        await settle(page);
        await showFinalFragment(page);
        const [shown] = await measure(page, '.reveal .slides section.present');
        if (shown === undefined) {
          problems.push(`${id}: no picture on the slide`);
          continue;
        }
        if (shown.role !== 'img') problems.push(`${id}: role is ${String(shown.role)}`);
        if (shown.label !== pictures[picture].alt[lang]) {
          problems.push(`${id}: labelled "${String(shown.label)}"`);
        }
        problems.push(...placeProblems(shown));
        const layout = await inspectLayout(page);
        problems.push(...layout.outside, ...layout.clipped, ...layout.smallText);
      }
    } finally {
      await close();
    }
    expectNone(problems, `pictures at 1280x720 (${lang})`);
  });

  it('stay whole in the small window of a speaker-view preview', async () => {
    const { page, close } = await openPage(browser(), {
      reducedMotion: 'reduce',
      viewport: { width: 480, height: 270 },
    });
    const problems: string[] = [];
    try {
      for (const { id } of pictured) {
        await page.goto(`${baseUrl}?receiver&view=slides&lang=${lang}#/${id}`);
        await waitForDeck(page);
        await settle(page);
        const [shown] = await measure(page, '.reveal .slides section.present');
        if (shown === undefined) problems.push(`${id}: no picture in the preview`);
        else problems.push(...placeProblems(shown));
      }
    } finally {
      await close();
    }
    expectNone(problems, `pictures in a preview (${lang})`);
  });

  it('stay whole beside their text in the reader view on a phone', async () => {
    const { page, close } = await openPage(browser(), {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      await page.goto(`${baseUrl}?lang=${lang}`);
      await waitForDiagrams(page);
      const shown = await measure(page, '.reader-slides > section');
      expect(shown.map((entry) => entry.slide)).toEqual(pictured.map((entry) => entry.id));
      expectNone(shown.flatMap(placeProblems), `pictures in the reader (${lang})`);
      for (const entry of shown) expect(entry.picture.right).toBeLessThanOrEqual(390);
    } finally {
      await close();
    }
  });
});
