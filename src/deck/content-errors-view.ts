import type { ContentError } from '../model/validate.ts';
import { formatContentError } from '../model/validate.ts';

const panelId = 'content-errors';

/**
 * Shows content problems in the page instead of the slides, so a broken deck never
 * half-renders: an author sees every problem with its file, slide and field.
 */
export function showContentErrors(errors: readonly ContentError[]): void {
  hideContentErrors();
  // Its styles load with the first panel: only the dev server ever shows one, so a build's
  // page never fetches them (the panel reads as plain text until they are in).
  void import('../theme/content-errors.css');
  const panel = document.createElement('section');
  panel.id = panelId;
  panel.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = `De slides bevatten ${errors.length} fout${errors.length === 1 ? '' : 'en'}`;
  const list = document.createElement('ul');
  for (const error of errors) {
    const item = document.createElement('li');
    item.textContent = formatContentError(error);
    list.append(item);
  }
  panel.append(heading, list);
  document.body.append(panel);
}

/** Removes the problem panel once the content is valid again. */
export function hideContentErrors(): void {
  document.getElementById(panelId)?.remove();
}
