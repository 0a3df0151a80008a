/** The Inter weights the diagrams (and slides) use. */
const weights = ['400', '600', '700'] as const;

/**
 * Resolves once Inter's weights are really loaded. Mermaid measures labels while it lays out,
 * so measuring with a fallback font gives boxes that clip Inter's wider text.
 */
export async function interReady(): Promise<void> {
  await Promise.all(weights.map((weight) => document.fonts.load(`${weight} 26px Inter`)));
  await document.fonts.ready;
}
