/**
 * Post-processing of the printed PDFs with pdf-lib: metadata (title, author, subject,
 * keywords, language, dates) and an outline with one bookmark per section of the talk.
 */
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import type { Locale } from '../../src/model/authored.ts';
import type { ResolvedDeck } from '../../src/model/resolved.ts';
import { defaultCutId } from '../../src/model/cut.ts';
import { describedFor } from '../../src/model/event-text.ts';
import { textIn } from '../../src/model/texts.ts';

/** A bookmark: its title and the page (from 0) it opens. */
export interface Bookmark {
  readonly title: string;
  readonly pageIndex: number;
}

/** The page each section starts on, given how many pages each slide takes. */
export function sectionBookmarks(
  deck: ResolvedDeck,
  locale: Locale,
  pagesOfSlide: (index: number) => number,
): Bookmark[] {
  const firstPage: number[] = [];
  let page = 0;
  for (const entry of deck.slides) {
    firstPage[entry.index] = page;
    page += pagesOfSlide(entry.index);
  }
  return deck.sections.flatMap((section) => {
    const first = section.slides[0];
    return first === undefined
      ? []
      : [{ title: textIn(section.title, locale), pageIndex: firstPage[first.index] ?? 0 }];
  });
}

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: Locale;
}

/**
 * The metadata of the deck's PDFs, in a locale: the author is the presenter when the event
 * (slides/event.ts) names one, the subject names the client and the day when it does; a cut
 * other than the full talk is named in the title.
 */
export function documentInfo(deck: ResolvedDeck, locale: Locale, suffix = ''): DocumentInfo {
  const { event } = deck;
  const cut =
    deck.cut === undefined || deck.cut.id === defaultCutId
      ? ''
      : ` · ${textIn(deck.cut.name, locale)}`;
  return {
    title: `${textIn(deck.title, locale)}${cut}${suffix}`,
    author: event.presenter ?? textIn(deck.author, locale),
    subject: describedFor(textIn(deck.description, locale), event, locale),
    keywords: deck.keywords.map((keyword) => textIn(keyword, locale)),
    language: locale,
  };
}

/** Sets the metadata and the outline, and opens the outline pane in viewers that have one. */
export function describeDocument(
  pdf: PDFDocument,
  info: DocumentInfo,
  bookmarks: readonly Bookmark[],
): void {
  const now = new Date();
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setKeywords([...info.keywords]);
  pdf.setLanguage(info.language);
  pdf.setCreator('partnerschap-keynote (reveal.js, Chromium)');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  addOutline(pdf, bookmarks);
}

/**
 * pdf-lib has no outline API; this builds the outline from its object model (an Outlines
 * dictionary with one item per bookmark, linked as a list, each opening its page).
 */
function addOutline(pdf: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const { context, catalog } = pdf;
  const pages = pdf.getPages();
  const outlineRef = context.nextRef();
  const itemRefs: PDFRef[] = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((bookmark, i) => {
    const page = pages[Math.min(bookmark.pageIndex, pages.length - 1)];
    if (page === undefined) throw new Error('The PDF has no pages to bookmark.');
    const item = context.obj({
      Title: PDFHexString.fromText(bookmark.title),
      Parent: outlineRef,
      Dest: [page.ref, 'Fit'],
    });
    const previous = itemRefs[i - 1];
    const next = itemRefs[i + 1];
    if (previous !== undefined) item.set(PDFName.of('Prev'), previous);
    if (next !== undefined) item.set(PDFName.of('Next'), next);
    const ref = itemRefs[i];
    if (ref !== undefined) context.assign(ref, item);
  });
  context.assign(
    outlineRef,
    context.obj({
      Type: 'Outlines',
      First: itemRefs[0],
      Last: itemRefs[itemRefs.length - 1],
      Count: bookmarks.length,
    }),
  );
  catalog.set(PDFName.of('Outlines'), outlineRef);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
