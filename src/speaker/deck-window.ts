import { newDeckWindowId, speakerChannelName } from '../address/channels.ts';
import { isDeckWindowId } from '../address/address.ts';
import { storageKeys } from '../address/storage-keys.ts';
import { readStored, writeStored } from '../deck/browser-storage.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import { readIdentityMessage, type IdentityMessage } from './speaker-messages.ts';

/**
 * Whether this browser can link a speaker view to its deck: both talk over a BroadcastChannel
 * (every current browser has one; an old or locked-down one may not). Without it the deck
 * presents as usual and the speaker view says why it cannot follow.
 */
export function canLinkSpeakerView(): boolean {
  return typeof BroadcastChannel === 'function';
}

/** The channel of this deck address, closed when `life` ends. */
export function openSpeakerChannel(life: Lifetime, pathname: string): BroadcastChannel {
  const channel = new BroadcastChannel(speakerChannelName(pathname));
  life.add(() => {
    channel.close();
  });
  return channel;
}

/**
 * This deck window's id: kept in session storage, so a reload of the tab keeps driving the
 * same speaker view, and new for a new tab. A duplicated tab starts with a copy of the
 * original's session storage, so the window asks on the channel whether its id is taken and
 * takes a new one if so; `current()` always gives the id in use.
 */
export function deckWindowIdentity(
  life: Lifetime,
  channel: BroadcastChannel,
  pathname: string,
): { current(): string } {
  const key = storageKeys.deckWindow.key(pathname);
  const stored = readStored(storageKeys.deckWindow.area, key);
  let id = stored !== null && isDeckWindowId(stored) ? stored : newDeckWindowId();
  writeStored(storageKeys.deckWindow.area, key, id);
  const post = (message: IdentityMessage): void => {
    channel.postMessage(message);
  };
  channel.addEventListener(
    'message',
    (event: MessageEvent) => {
      const message = readIdentityMessage(event.data);
      if (message?.deck !== id) return;
      if (message.type === 'claim') {
        post({ type: 'taken', deck: id });
      } else {
        id = newDeckWindowId();
        writeStored(storageKeys.deckWindow.area, key, id);
      }
    },
    { signal: life.signal },
  );
  if (stored !== null) post({ type: 'claim', deck: id });
  return {
    current: () => id,
  };
}
