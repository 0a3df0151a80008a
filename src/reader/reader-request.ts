import { readPrintRequest } from '../deck/print-view.ts';
import { isSpeakerPreview } from '../deck/speaker-preview-check.ts';

/** Whether this window is the speaker view (`?view=speaker`), opened by the deck's S key. */
export function wantsSpeakerView(search: string): boolean {
  return new URLSearchParams(search).get('view') === 'speaker' && !isSpeakerPreview(search);
}

/** Screens this narrow get the reader instead of the slide show: phones, in either hold. */
export const readerMaxWidth = 600;

/**
 * Whether to show the reader view: asked for with `?view=scroll` (reveal.js's own name for
 * its scroll view), or a phone-width screen. Never for the print view or the speaker view's
 * previews, which need the slides.
 */
export function wantsReader(search: string, viewportWidth: number): boolean {
  const query = new URLSearchParams(search);
  if (readPrintRequest(search).active || isSpeakerPreview(search) || wantsSpeakerView(search)) {
    return false;
  }
  const view = query.get('view');
  if (view === 'scroll') return true;
  if (view !== null && view !== 'slides' && view !== 'speaker') {
    console.warn(
      `Unknown view "${view}" in the address; showing the slides. Use view=slides, view=scroll or view=speaker.`,
    );
  }
  return view !== 'slides' && viewportWidth <= readerMaxWidth;
}
