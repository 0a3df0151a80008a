/**
 * A button in a notice: its label, and what it does (the notice closes first); or, with
 * `href`, a link that opens in a new tab.
 */
export type NoticeAction =
  | { readonly label: string; readonly run: () => void }
  | { readonly label: string; readonly href: string };

/**
 * A small notice at the bottom left, out of the slide area, with a few buttons and a way to
 * dismiss it. `role="status"` for news that can wait, `role="alert"` for a failure the
 * presenter must see. Shown once per id; it never takes focus on its own.
 */
export function showNotice(options: {
  readonly id: string;
  readonly role: 'status' | 'alert';
  readonly text: string;
  readonly actions: readonly NoticeAction[];
  readonly dismissLabel: string;
}): void {
  document.getElementById(options.id)?.remove();
  const notice = document.createElement('div');
  notice.id = options.id;
  notice.className = 'deck-notice';
  notice.setAttribute('role', options.role);
  const text = document.createElement('span');
  text.textContent = options.text;
  notice.append(text);
  const actions = [...options.actions, { label: options.dismissLabel, run: () => undefined }];
  for (const action of actions) {
    const control = document.createElement('href' in action ? 'a' : 'button');
    control.textContent = action.label;
    if (control instanceof HTMLAnchorElement && 'href' in action) {
      control.href = action.href;
      control.target = '_blank';
    } else if (control instanceof HTMLButtonElement) {
      control.type = 'button';
    }
    control.addEventListener('click', () => {
      notice.remove();
      if ('run' in action) action.run();
    });
    notice.append(control);
  }
  document.body.append(notice);
}
