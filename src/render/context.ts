import type { Locale, Step, Text } from '../model/authored.ts';
import type { ResolvedSlide } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import { html, type SafeHtml } from './html.ts';

/** What every renderer gets besides its slide. */
export interface RenderContext {
  readonly locale: Locale;
  readonly entry: ResolvedSlide;
}

/** The string of a `Text` in the context's locale. */
export function t(context: RenderContext, text: Text): string {
  return textIn(text, context.locale);
}

/**
 * The attributes that make an element a reveal.js fragment at a step (steps count from 1,
 * reveal's fragment indices from 0). No step: visible from the start.
 */
export function stepAttributes(step: Step | undefined, extraClass = ''): SafeHtml {
  const classes = [extraClass, step === undefined ? '' : 'fragment'].filter(Boolean).join(' ');
  const classAttribute = classes === '' ? html`` : html` class="${classes}"`;
  return step === undefined
    ? classAttribute
    : html`${classAttribute} data-fragment-index="${step - 1}"`;
}
