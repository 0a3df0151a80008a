/** subset-font 2.9.0 ships no types: the one call the build makes (font-subset-plugin.ts). */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      readonly targetFormat?: 'sfnt' | 'woff' | 'woff2';
      /** OpenType feature tags to keep (hb-subset --layout-features); all when left out. */
      readonly keepFeatures?: readonly string[];
    },
  ): Promise<Buffer>;
}
