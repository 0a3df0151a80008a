import type { Locale, Text } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';

const noticeId = 'update-notice';

/**
 * A small, polite notice that a newer version of the deck is available, with a button that
 * loads it. It stays out of the slide area and never takes focus on its own.
 */
export function showUpdateNotice(reload: () => void, locale: Locale): void {
  const t = (text: Text): string => textIn(text, locale);
  if (document.getElementById(noticeId) !== null) return;
  const notice = document.createElement('div');
  notice.id = noticeId;
  notice.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = t(uiText.updateAvailable);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t(uiText.updateNow);
  button.addEventListener('click', reload);
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = t(uiText.updateLater);
  dismiss.addEventListener('click', () => {
    notice.remove();
  });
  notice.append(text, button, dismiss);
  document.body.append(notice);
}
