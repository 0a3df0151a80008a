import type { Locale } from '../../src/model/authored.ts';

/** The link-preview images in public/, one per language, made by `npm run og-image`. */
export const previewImageFiles: Readonly<Record<Locale, string>> = {
  nl: 'og-image.png',
  en: 'og-image-en.png',
};

export const previewImageSize = { width: 1200, height: 630 } as const;
