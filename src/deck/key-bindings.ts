import type { RevealApi } from 'reveal.js';
import type { Locale, Text } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';
import { deckKeyCodes, type DeckKey } from './key-codes.ts';
import type { Lifetime } from './lifetime.ts';

export type { DeckKey } from './key-codes.ts';

/**
 * Every key the deck adds to reveal.js's own, with what the menu and the key list (?) say of
 * it; the letters come from key-codes.ts, and nothing else binds a key in the slide show.
 */
export const deckKeys = {
  speaker: { ...deckKeyCodes.speaker, description: uiText.menuSpeaker },
  print: { ...deckKeyCodes.print, description: uiText.menuPrint },
  language: { ...deckKeyCodes.language, description: uiText.keyLanguage },
  menu: { ...deckKeyCodes.menu, description: uiText.menu },
  timer: { ...deckKeyCodes.timer, description: uiText.keyTimer },
  roomReveal: { ...deckKeyCodes.roomReveal, description: uiText.keyRoomReveal },
  roomClose: { ...deckKeyCodes.roomClose, description: uiText.keyRoomClose },
} as const satisfies Record<DeckKey, { keyCode: number; key: string; description: Text }>;

/**
 * Reveal's own navigation keys that the deck keeps, as the key list (?) shows them, in the
 * deck's language. Reveal's P (previous) and L (right) are left out: the deck took those letters.
 */
export const revealKeys: readonly { readonly keys: string; readonly description: Text }[] = [
  { keys: '→  ↓  N  Space', description: uiText.keyNext },
  { keys: '←  ↑  Shift+Space', description: uiText.keyPrevious },
  { keys: 'Home  End', description: uiText.keyFirstLast },
  { keys: 'O  Esc', description: uiText.keyOverview },
  { keys: 'F', description: uiText.keyFullscreen },
  { keys: 'B  .', description: uiText.keyPause },
  { keys: 'G', description: uiText.keyJump },
];

/** The keys that work only with a room: the key list leaves them out of a deck without one. */
export const roomKeys: ReadonlySet<DeckKey> = new Set(['roomReveal', 'roomClose']);

/**
 * Every key of the slide show, in the order the key list (?) shows them; the room's keys only
 * when `room` (the page has a room address, src/room/room-address.ts).
 */
export function keyList(
  locale: Locale,
  options: { readonly room: boolean } = { room: false },
): { keys: string; description: string }[] {
  return [
    ...revealKeys.map(({ keys, description }) => ({
      keys,
      description: textIn(description, locale),
    })),
    ...(Object.entries(deckKeys) as [DeckKey, (typeof deckKeys)[DeckKey]][])
      .filter(([name]) => options.room || !roomKeys.has(name))
      .map(([, binding]) => ({
        keys: binding.key,
        description: textIn(
          binding === deckKeys.menu ? uiText.keyMenu : binding.description,
          locale,
        ),
      })),
    { keys: '?', description: textIn(uiText.keyList, locale) },
  ];
}

/**
 * The speaker view's keys: they move the deck it drives, so a clicker works with either window
 * in front (reveal's own keys for next and previous, Space with Shift going back).
 */
export const speakerViewKeys: Readonly<Record<string, 'next' | 'prev'>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
};

/** The letters of reveal's own shortcuts that the deck takes over (P: previous, L: right). */
const takenFromReveal = new Set<string>(
  Object.values(deckKeys).map((binding) => binding.key as string),
);

interface RevealKeyboard {
  getShortcuts(): Record<string, string>;
}

/**
 * Binds the deck's keys that have an action in this view, undone when `life` ends. Reveal's
 * registered bindings win over its built-in ones, so P prints and L switches the language; its
 * key list is corrected to match, so it never offers P as "previous slide" as well.
 */
export function bindDeckKeys(
  life: Lifetime,
  reveal: RevealApi,
  locale: Locale,
  actions: Partial<Record<DeckKey, () => void>>,
): void {
  for (const [name, action] of Object.entries(actions) as [DeckKey, () => void][]) {
    const binding = deckKeys[name];
    reveal.addKeyBinding(
      {
        keyCode: binding.keyCode,
        key: binding.key,
        description: textIn(binding.description, locale),
      },
      action,
    );
    life.add(() => {
      reveal.removeKeyBinding(binding.keyCode);
    });
  }
  const keyboard = (reveal as unknown as { keyboard?: Partial<RevealKeyboard> }).keyboard;
  const shortcuts = keyboard?.getShortcuts?.();
  if (shortcuts === undefined) return;
  for (const [keys, description] of Object.entries(shortcuts)) {
    const kept = keys.split(/\s*,\s*/).filter((key) => !takenFromReveal.has(key.trim()));
    if (kept.length === keys.split(/\s*,\s*/).length) continue;
    Reflect.deleteProperty(shortcuts, keys);
    if (kept.length > 0) shortcuts[kept.join('  ,  ')] = description;
  }
}
