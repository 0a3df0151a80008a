/** Build-time settings, from scripts/vite/deck-build-plugin.ts. */
declare module 'virtual:deck-build' {
  /** The deck's public address and its QR code (SVG markup made at build time), if configured. */
  export const share: { readonly url: string; readonly qrSvg: string } | undefined;
  /** The PDF shipped beside the deck (a file name in the site's folder), if any. */
  export const pdfFile: string | undefined;
  /** False when the build leaves the speaker notes out (DECK_NOTES=false). */
  export const notesIncluded: boolean;
}

/** The speaker notes by slide id, apart from the slides (scripts/vite/notes-module.ts). */
declare module 'virtual:deck-notes' {
  import type { Text } from '../model/authored.ts';
  /** Empty when the build leaves the notes out (DECK_NOTES=false). */
  export const notes: Readonly<Record<string, Text>>;
}
