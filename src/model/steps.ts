import type { SlideContent, Step } from './authored.ts';

/** A step number found on a slide, with the field it sits on (`items[2].step`). */
export interface StepUse {
  readonly step: Step;
  readonly path: string;
}

/**
 * Every `step` field on a slide, wherever the kind puts it. Walking the data generically keeps
 * this in step with new kinds: a kind that adds a stepped field needs no change here.
 */
export function collectSteps(slide: SlideContent): StepUse[] {
  const found: StepUse[] = [];
  if (slide.kind === 'diagram') {
    // A diagram's steps are numbered by their order, so they are contiguous by construction.
    slide.diagram.steps.forEach((_, i) => {
      found.push({ step: i + 1, path: `diagram.steps[${i}]` });
    });
  }
  walk(slide, '', (value, path) => {
    if (path.endsWith('.step') || path === 'step') {
      found.push({ step: value as Step, path });
    }
  });
  return found;
}

/** The number of clicks a slide takes: its highest step, or 0. */
export function stepCountOf(slide: SlideContent): number {
  return collectSteps(slide).reduce((max, use) => Math.max(max, use.step), 0);
}

/**
 * Visits every leaf value in plain data with a readable path (`columns[1].items[2].text.nl`).
 */
function walk(value: unknown, path: string, visit: (leaf: unknown, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, `${path}[${i}]`, visit);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      walk(child, path === '' ? key : `${path}.${key}`, visit);
    }
  } else {
    visit(value, path);
  }
}
