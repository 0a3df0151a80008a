/**
 * The deck's build-time settings, as a Vite plugin:
 *
 * - the virtual module `virtual:deck-build`: the share link and its QR code (from DECK_URL)
 *   and the PDF file shipped beside the deck;
 * - the page head: title and description from the deck (with the client and the day of
 *   slides/event.ts in front, when it names them), canonical link and link preview
 *   (Open Graph, Twitter) when DECK_URL is set, referrer policy, and in builds the Content
 *   Security Policy, with the room server's origin when DECK_ROOM_URL names one; the room's
 *   address as `<meta name="deck-room">` (empty without one).
 */
import QRCode from 'qrcode';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { deckMeta as deck } from '../../slides/meta.ts';
import { event } from '../../slides/event.ts';
import { describedFor } from '../../src/model/event-text.ts';
import { sourceLocale } from '../../src/model/authored.ts';
import { textIn } from '../../src/model/texts.ts';
import { palette } from '../../src/theme/palette.ts';
import type { ShareLink } from '../../src/render/context.ts';
import type { BuildSettings } from './build-settings.ts';
import { localeTags } from '../../src/model/locales.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { roomMetaName } from '../../src/room/room-address.ts';
import { joinParameter } from '../../src/address/join-param.ts';
import { domClasses } from '../../src/render/dom-names.ts';
import { previewImageFiles, previewImageSize } from './preview-image.ts';

const virtualId = 'virtual:deck-build';
const resolvedVirtualId = `\0${virtualId}`;

/** The name of the PDF in dist/ when the build ships it (npm run build:with-pdf). */
export const shippedPdfName = 'wanneer-partnerschap-twee-bewegingen-vraagt.pdf';

function meta(attributes: Record<string, string>): HtmlTagDescriptor {
  return { tag: 'meta', attrs: attributes, injectTo: 'head' };
}

/**
 * The page's one inline script. On a join link (`?join=`, join-param.ts) it marks `<html>`
 * before the first paint, so a phone that came to join never sees the talk the build wrote into
 * the page while the join page's code loads (src/theme/static-page.css). It asks only whether
 * the parameter is there, whatever its value; the few views address.ts puts before the join
 * page (print, previews) show the talk again as they start (src/deck/start-view.ts). Inline,
 * and allowed by its hash: a file would cost every visitor a round trip before the first paint.
 */
export const earlyJoinScript = `if(new URLSearchParams(location.search).has(${JSON.stringify(joinParameter)}))document.documentElement.classList.add(${JSON.stringify(domClasses.joining)})`;

function headTags(settings: BuildSettings, building: boolean): HtmlTagDescriptor[] {
  const title = textIn(deck.title, sourceLocale);
  // The occasion first (slides/event.ts): a preview in a client's chat names the client.
  const description = describedFor(textIn(deck.description, sourceLocale), event, sourceLocale);
  const tags: HtmlTagDescriptor[] = [
    { tag: 'title', children: title, injectTo: 'head' },
    meta({ name: 'description', content: description }),
    meta({ name: 'referrer', content: 'no-referrer' }),
    // Where the deck's room is (src/room/room-address.ts); empty for none. The room server
    // rewrites it to `/room` when it serves the deck itself (laptop mode).
    meta({ name: roomMetaName, content: settings.roomUrl ?? '' }),
  ];
  // Before anything that paints; after the policy, which covers only what comes after it.
  tags.unshift({ tag: 'script', children: earlyJoinScript, injectTo: 'head-prepend' });
  if (building) {
    tags.unshift({
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: contentSecurityPolicy(settings.roomUrl, [earlyJoinScript]),
      },
      injectTo: 'head-prepend',
    });
  }
  const url = settings.deckUrl;
  if (url !== undefined) {
    const image = new URL(previewImageFiles[sourceLocale], url).href;
    // The English edition (?lang=en) has its own picture of the title slide, listed second:
    // previews take the first, the Dutch default; the alternate locale points to the second.
    const englishImage = new URL(previewImageFiles.en, url).href;
    const imageTags = (src: string, alt: string): HtmlTagDescriptor[] => [
      meta({ property: 'og:image', content: src }),
      meta({ property: 'og:image:width', content: String(previewImageSize.width) }),
      meta({ property: 'og:image:height', content: String(previewImageSize.height) }),
      meta({ property: 'og:image:alt', content: alt }),
    ];
    tags.push(
      { tag: 'link', attrs: { rel: 'canonical', href: url }, injectTo: 'head' },
      meta({ property: 'og:type', content: 'website' }),
      meta({ property: 'og:title', content: title }),
      meta({ property: 'og:description', content: description }),
      meta({ property: 'og:url', content: url }),
      meta({ property: 'og:locale', content: localeTags.nl.og }),
      meta({ property: 'og:locale:alternate', content: localeTags.en.og }),
      ...imageTags(image, title),
      ...imageTags(englishImage, textIn(deck.title, 'en')),
      meta({ name: 'twitter:card', content: 'summary_large_image' }),
      meta({ name: 'twitter:title', content: title }),
      meta({ name: 'twitter:description', content: description }),
      meta({ name: 'twitter:image', content: image }),
    );
  }
  return tags;
}

/** The QR code of the deck's address, in the deck's ink on its paper, as SVG markup. */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: `${palette.ink}ff`, light: `${palette.paper}ff` },
  });
}

/**
 * The deck's share link as the renderers take it: its address, QR code and the PDF beside it;
 * undefined without DECK_URL. The page and the build's prerendered slides both use it.
 */
export async function shareLinkOf(settings: BuildSettings): Promise<ShareLink | undefined> {
  if (settings.deckUrl === undefined) return undefined;
  return {
    url: settings.deckUrl,
    qrSvg: await qrCodeSvg(settings.deckUrl),
    pdfFile: settings.pdf ? shippedPdfName : undefined,
  };
}

export function deckBuildPlugin(settings: BuildSettings): Plugin {
  let building = false;
  return {
    name: 'deck-build',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === virtualId ? resolvedVirtualId : undefined;
    },
    async load(id) {
      if (id !== resolvedVirtualId) return undefined;
      const share =
        settings.deckUrl === undefined
          ? undefined
          : { url: settings.deckUrl, qrSvg: await qrCodeSvg(settings.deckUrl) };
      return [
        `export const share = ${JSON.stringify(share)};`,
        `export const pdfFile = ${JSON.stringify(settings.pdf ? shippedPdfName : undefined)};`,
      ].join('\n');
    },
    transformIndexHtml() {
      return headTags(settings, building);
    },
  };
}
