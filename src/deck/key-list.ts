/**
 * The deck's own key list, opened by ? and from the menu. Reveal's overlay is switched off
 * (`help: false` in reveal-config.ts): it is in English whatever the deck's language, not set in
 * Inter, and described reveal's P and L, which the deck uses for printing and the language.
 * This one is built from the key table in key-bindings.ts, so it always matches the keys.
 */
import type { Locale } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';
import { keyList } from './key-bindings.ts';
import type { Lifetime } from './lifetime.ts';

export function addKeyList(
  life: Lifetime,
  locale: Locale,
  options: { readonly room: boolean } = { room: false },
): { open(): void } {
  const dialog = document.createElement('dialog');
  dialog.className = 'deck-key-list';
  dialog.lang = locale;
  const title = document.createElement('h2');
  title.id = 'deck-key-list-title';
  title.textContent = textIn(uiText.keysTitle, locale);
  dialog.setAttribute('aria-labelledby', title.id);
  const table = document.createElement('dl');
  for (const { keys, description } of keyList(locale, options)) {
    const term = document.createElement('dt');
    for (const key of keys.split(/\s{2,}/)) {
      const kbd = document.createElement('kbd');
      kbd.textContent = key;
      term.append(kbd);
    }
    const detail = document.createElement('dd');
    detail.textContent = description;
    table.append(term, detail);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'deck-key-list-close';
  close.textContent = textIn(uiText.close, locale);
  close.addEventListener('click', () => {
    dialog.close();
  });
  dialog.append(title, table, close);
  // Keys pressed while the list is open stay in it: the slides do not move behind it (Escape
  // still closes the dialog, as browsers do for modal dialogs).
  dialog.addEventListener('keydown', (event) => {
    event.stopPropagation();
  });
  // A click on the backdrop (outside the dialog's box) closes it, as the overlay it replaces did.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);

  const open = (): void => {
    if (!dialog.open) dialog.showModal();
  };
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('input, textarea, [contenteditable]')) {
        return;
      }
      event.preventDefault();
      open();
    },
    { signal: life.signal },
  );
  life.add(() => {
    dialog.remove();
  });
  return { open };
}
