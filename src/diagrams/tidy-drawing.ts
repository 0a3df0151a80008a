/**
 * Leaves out of a finished drawing what Mermaid writes and nothing reads: the arrowheads no
 * edge points at (it defines twelve kinds in every diagram), its layout data on each part
 * (`data-points` holds an edge's points again, in base64), edge labels without text, and the
 * style rules that match nothing in the drawing (its sheet covers every look and shape). A
 * third of a drawing's bytes, which the page and each language's module carry (ARCHITECTURE.md,
 * Diagrams are drawn at build time). Runs after mark-steps.ts, which reads `data-id`.
 */

/** Attributes Mermaid writes for its own later use; none of the deck's code or CSS reads them. */
const mermaidData = ['data-points', 'data-et', 'data-edge', 'data-look', 'data-id'] as const;

export function tidyDrawing(svg: SVGSVGElement): void {
  for (const attribute of mermaidData) {
    for (const element of svg.querySelectorAll(`[${attribute}]`)) {
      element.removeAttribute(attribute);
    }
  }
  for (const label of svg.querySelectorAll('g.edgeLabel')) {
    if (label.textContent.trim() === '') label.remove();
  }
  dropUnusedMarkers(svg);
  // Last: a rule is kept by what the drawing holds once tidied.
  for (const style of svg.querySelectorAll('style')) {
    style.textContent = rulesInUse(style.textContent, svg);
  }
}

/** Removes every `<marker>` that no `url(#…)` in the drawing names (quoted or not). */
function dropUnusedMarkers(svg: SVGSVGElement): void {
  const named = new Set(
    [...svg.outerHTML.matchAll(/url\(\s*["']?[^"')#]*#([^"')\s]+)/g)].map((match) => match[1]),
  );
  for (const marker of svg.querySelectorAll('marker')) {
    if (!named.has(marker.id)) marker.remove();
  }
}

/** A top-level block of a style sheet: its prelude (selectors or an at-rule) and its text. */
interface CssBlock {
  readonly prelude: string;
  readonly text: string;
}

/**
 * The top-level blocks of `css`, in order. Text outside any block (`@import`, `@charset`) is
 * dropped, and braces in strings or comments would mislead it: Mermaid's sheets have neither.
 */
export function cssBlocks(css: string): CssBlock[] {
  const blocks: CssBlock[] = [];
  let depth = 0;
  let start = 0;
  let preludeEnd = 0;
  for (let index = 0; index < css.length; index++) {
    const character = css[index];
    if (character === '{') {
      if (depth === 0) preludeEnd = index;
      depth++;
    } else if (character === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        blocks.push({
          prelude: css.slice(start, preludeEnd).trim(),
          text: css.slice(start, index + 1),
        });
        start = index + 1;
      }
    }
  }
  return blocks;
}

/**
 * The rules of `css` that apply to something in `svg`, in their order and as written.
 * A selector counts without its pseudo-classes (a `:hover` rule stays if its element is
 * there); one the browser cannot read, a block at-rule other than `@keyframes` (`@media`), and
 * a `@keyframes` whose name a kept rule uses are kept as they are.
 */
export function rulesInUse(css: string, svg: Element): string {
  const blocks = cssBlocks(css);
  const keyframes = (block: CssBlock): string | undefined =>
    /^@(?:-webkit-)?keyframes\s+([\w-]+)/.exec(block.prelude)?.[1];
  const kept = blocks.filter(
    (block) =>
      keyframes(block) === undefined &&
      (block.prelude.startsWith('@') || selectorList(block.prelude).some((s) => applies(s, svg))),
  );
  const keptText = kept.map((block) => block.text).join('');
  return blocks
    .filter((block) => {
      const name = keyframes(block);
      return name === undefined
        ? kept.includes(block)
        : new RegExp(`(?:^|[^\\w-])${name}(?:$|[^\\w-])`).test(keptText);
    })
    .map((block) => block.text)
    .join('');
}

/** A selector list split at its top-level commas (not those inside `:is(…)` and the like). */
function selectorList(prelude: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < prelude.length; index++) {
    const character = prelude[index];
    if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === ',' && depth === 0) {
      selectors.push(prelude.slice(start, index));
      start = index + 1;
    }
  }
  selectors.push(prelude.slice(start));
  return selectors.map((selector) => selector.trim());
}

/** Whether `selector`, its pseudo-classes aside, matches the drawing or something in it. */
function applies(selector: string, svg: Element): boolean {
  const structural = selector.replace(/::?[\w-]+(?:\([^)]*\))?/g, '').trim();
  if (structural === '') return true;
  try {
    return svg.matches(structural) || svg.querySelector(structural) !== null;
  } catch {
    return true;
  }
}
