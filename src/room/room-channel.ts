/**
 * What the presenting deck window and its speaker view's room panel say to each other, over a
 * BroadcastChannel of the deck's address (src/address/channels.ts): the deck window holds the
 * room's connection (room-host.ts), the panel shows its state and asks for the presenter's
 * controls. Both windows are the presenter's, in one browser; the messages are parsed all the
 * same, like everything a page receives. Every message names its deck window (`?deck=`), so a
 * rehearsal tab of the same deck never obeys the panel of another.
 */
import * as v from 'valibot';
import { roomChannelName } from '../address/channels.ts';
import { deckWindowPattern } from '../address/address.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import { roundActions, roundViewSchema } from './protocol.ts';

const deckWindow = v.pipe(v.string(), v.regex(deckWindowPattern));

/** The room as a deck window shows it, for its panel (HostState in room-host.ts). */
const roomStateSchema = v.strictObject({
  type: v.literal('room-state'),
  deck: deckWindow,
  connection: v.picklist(['idle', 'connecting', 'open', 'offline']),
  room: v.optional(
    v.strictObject({
      code: v.string(),
      joinUrl: v.optional(v.string()),
      network: v.optional(v.string()),
      expiresAt: v.number(),
      since: v.number(),
    }),
  ),
  rounds: v.array(roundViewSchema),
  phones: v.number(),
  local: v.boolean(),
  ended: v.optional(v.picklist(['deleted', 'expired'])),
  unreachable: v.boolean(),
  /** The round of the slide the deck window shows, if that slide is one. */
  current: v.optional(v.string()),
});
export type RoomStateMessage = v.InferOutput<typeof roomStateSchema>;

const panelRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('room-hello'), deck: deckWindow }),
  v.strictObject({ type: v.literal('room-start'), deck: deckWindow }),
  v.strictObject({
    type: v.literal('room-control'),
    deck: deckWindow,
    round: v.string(),
    action: v.picklist(roundActions),
  }),
  v.strictObject({ type: v.literal('room-delete'), deck: deckWindow }),
]);
export type PanelRequest = v.InferOutput<typeof panelRequestSchema>;

/** The room channel of this deck address, closed when `life` ends. */
export function openRoomChannel(life: Lifetime, pathname: string): BroadcastChannel {
  const channel = new BroadcastChannel(roomChannelName(pathname));
  life.add(() => {
    channel.close();
  });
  return channel;
}

export function readRoomState(data: unknown): RoomStateMessage | undefined {
  const parsed = v.safeParse(roomStateSchema, data);
  return parsed.success ? parsed.output : undefined;
}

export function readPanelRequest(data: unknown): PanelRequest | undefined {
  const parsed = v.safeParse(panelRequestSchema, data);
  return parsed.success ? parsed.output : undefined;
}
