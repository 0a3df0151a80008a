const noticeId = 'update-notice';

/**
 * A small, polite notice that a newer version of the deck is available, with a button that
 * loads it. It stays out of the slide area and never takes focus on its own.
 */
export function showUpdateNotice(reload: () => void): void {
  if (document.getElementById(noticeId) !== null) return;
  const notice = document.createElement('div');
  notice.id = noticeId;
  notice.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'Er is een nieuwe versie van deze presentatie.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Vernieuwen';
  button.addEventListener('click', reload);
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Later';
  dismiss.addEventListener('click', () => {
    notice.remove();
  });
  notice.append(text, button, dismiss);
  document.body.append(notice);
}
