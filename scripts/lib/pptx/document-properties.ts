/**
 * The file's document properties (File > Info in PowerPoint): title, author, subject, keywords
 * and language, in the exported language. pptxgenjs writes title, subject and author; keywords,
 * description and language are added to docProps/core.xml in the package step.
 */
import type { Locale } from '../../../src/model/authored.ts';
import { localeTags } from '../../../src/model/locales.ts';
import type { ResolvedDeck } from '../../../src/model/resolved.ts';
import { describedFor } from '../../../src/model/event-text.ts';
import { textIn } from '../../../src/model/texts.ts';

export interface DocumentProperties {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  /** BCP 47 tag with region, as Office spells languages (`nl-NL`, `en-GB`). */
  readonly language: string;
}

/** Added to the title, so the step-by-step file is told apart in a title bar, as the PDF does. */
const stepsSuffix = { nl: ' (stap voor stap)', en: ' (step by step)' } as const;

export function documentProperties(
  deck: ResolvedDeck,
  locale: Locale,
  steps: boolean,
): DocumentProperties {
  return {
    title: textIn(deck.title, locale) + (steps ? stepsSuffix[locale] : ''),
    // The presenter and the client, when slides/event.ts names them, as the PDF does.
    author: deck.event.presenter ?? textIn(deck.author, locale),
    subject: describedFor(textIn(deck.description, locale), deck.event, locale),
    keywords: deck.keywords.map((keyword) => textIn(keyword, locale)).join(', '),
    language: localeTags[locale].intl,
  };
}

function escapeXml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}

/**
 * docProps/core.xml with keywords, description and language added (pptxgenjs has no option for
 * them). Placed after dc:creator, which pptxgenjs always writes.
 */
export function withCoreProperties(coreXml: string, properties: DocumentProperties): string {
  if (!coreXml.includes('</dc:creator>')) {
    throw new Error('docProps/core.xml has no dc:creator: pptxgenjs changed its output.');
  }
  return coreXml.replace(
    '</dc:creator>',
    `</dc:creator><cp:keywords>${escapeXml(properties.keywords)}</cp:keywords>` +
      `<dc:description>${escapeXml(properties.subject)}</dc:description>` +
      `<dc:language>${escapeXml(properties.language)}</dc:language>`,
  );
}
