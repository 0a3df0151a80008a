import type { RevealApi } from 'reveal.js';
import type { Locale, Text } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';
import { printLink, readerLink } from '../address/links.ts';
import { otherLocale } from './locale-switch.ts';
import { deckKeys, type DeckKey } from './key-bindings.ts';
import type { Lifetime } from './lifetime.ts';

interface MenuItem {
  readonly label: Text;
  /** The key that does the same, from the deck's key table (key-bindings.ts). */
  readonly key?: DeckKey | '?';
  /** The link, worked out when the menu opens (it follows the slide on screen). */
  readonly href?: () => string;
  readonly download?: boolean;
  readonly action?: () => void;
  /** The label is in the other language: mark it so, for screen readers. */
  readonly lang?: boolean;
}

/**
 * The deck's menu: a small button in the corner (or the M key) with the ways to take the talk
 * along: the reader version, the PDF, printing, the speaker view and the keys. Keys pressed
 * inside it stay inside it, so the slides do not move while someone picks an item.
 */
export function addDeckMenu(
  life: Lifetime,
  reveal: RevealApi,
  locale: Locale,
  options: {
    readonly pdfFile: string | undefined;
    readonly openSpeakerView: () => void;
    readonly switchLanguage: () => void;
    readonly openKeyList: () => void;
  },
): { toggle(): void } {
  const t = (text: Text): string => textIn(text, locale);
  const { pdfFile } = options;
  const items: MenuItem[] = [
    { label: uiText.menuReader, href: () => readerLink(window.location.href, locale) },
    ...(pdfFile === undefined
      ? []
      : [{ label: uiText.downloadPdf, href: () => pdfFile, download: true }]),
    {
      label: uiText.menuPrint,
      key: 'print',
      href: () => printLink(window.location.href, { locale, steps: false, dialog: true }),
    },
    { label: uiText.menuSpeaker, key: 'speaker', action: options.openSpeakerView },
    { label: uiText.menuLanguage, key: 'language', action: options.switchLanguage, lang: true },
    {
      label: uiText.menuKeys,
      key: '?',
      action: options.openKeyList,
    },
  ];

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'deck-menu-button';
  button.textContent = t(uiText.menu);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'deck-menu');

  const list = document.createElement('ul');
  list.id = 'deck-menu';
  list.className = 'deck-menu';
  list.hidden = true;
  for (const item of items) {
    const entry = document.createElement('li');
    const control = document.createElement(item.href === undefined ? 'button' : 'a');
    if (control instanceof HTMLAnchorElement && item.href !== undefined) {
      control.href = item.href();
      if (item.download === true) control.download = '';
    } else if (control instanceof HTMLButtonElement) {
      control.type = 'button';
    }
    control.textContent = t(item.label);
    if (item.lang === true) control.lang = otherLocale(locale);
    if (item.key !== undefined) {
      const key = document.createElement('kbd');
      key.textContent = item.key === '?' ? '?' : deckKeys[item.key].key;
      control.append(' ', key);
    }
    control.addEventListener('click', () => {
      close();
      item.action?.();
    });
    entry.append(control);
    list.append(entry);
  }

  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const open = (): void => {
    // The links keep the slide the menu was opened on.
    items
      .filter((item) => item.href !== undefined)
      .forEach((item, i) => {
        const link = links[i];
        if (link !== undefined && item.href !== undefined) link.href = item.href();
      });
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    list.querySelector<HTMLElement>('a, button')?.focus();
  };
  function close(): void {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', () => {
    if (list.hidden) open();
    else close();
  });
  list.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      close();
      button.focus();
    }
  });

  const wrapper = document.createElement('nav');
  wrapper.className = 'deck-menu-wrapper';
  wrapper.setAttribute('aria-label', t(uiText.menu));
  wrapper.append(button, list);
  reveal.getRevealElement()?.append(wrapper);
  life.add(() => {
    wrapper.remove();
  });
  return {
    toggle() {
      if (list.hidden) open();
      else close();
    },
  };
}
