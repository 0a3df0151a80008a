/** Build-time settings, from scripts/vite/deck-build-plugin.ts. */
declare module 'virtual:deck-build' {
  /** The deck's public address and its QR code (SVG markup made at build time), if configured. */
  export const share: { readonly url: string; readonly qrSvg: string } | undefined;
  /** The PDF shipped beside the deck (a file name in the site's folder), if any. */
  export const pdfFile: string | undefined;
}

/**
 * The checked deck and its notes, from scripts/vite/deck-content-plugin.ts. Typed where they
 * are read (src/deck/shipped-content.ts): an ambient declaration cannot import the model's
 * types by a relative path.
 */
declare module 'virtual:deck' {
  export const shippedDeck: unknown;
}

declare module 'virtual:deck-cuts' {
  export const deckCuts: unknown;
}

declare module 'virtual:deck-notes' {
  export const notes: unknown;
}

/**
 * The diagrams the build drew (scripts/vite/deck-page-plugin.ts): per language, a module of SVG
 * markup by diagram id, loaded on demand. Empty in the dev server, which draws with Mermaid.
 */
declare module 'virtual:deck-diagrams' {
  export const drawnDiagrams: Readonly<
    Partial<Record<string, () => Promise<{ readonly default: Readonly<Record<string, string>> }>>>
  >;
}

/** Written in by scripts/vite/deck-page-plugin.ts: true in a build, whose diagrams it drew. */
interface ImportMetaEnv {
  readonly DECK_DRAWN_AT_BUILD?: boolean;
}
