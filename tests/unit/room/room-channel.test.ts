import { describe, expect, it } from 'vitest';
import { readPanelRequest, readRoomState } from '../../../src/room/room-channel.ts';

const state = {
  type: 'room-state',
  deck: 'k3v9x2m7qa',
  connection: 'open',
  room: { code: 'K7QF2M', expiresAt: 1, since: 1 },
  rounds: [
    {
      id: 'waar-staan-wij',
      kind: 'board',
      accepting: true,
      revealed: false,
      count: 1,
      entries: [{ n: 1, x: 20, y: 30 }],
    },
  ],
  phones: 1,
  local: false,
  unreachable: false,
  current: 'waar-staan-wij',
};

describe('the room channel between the deck window and the speaker view', () => {
  it('reads the deck window’s state of the room', () => {
    expect(readRoomState(state)).toEqual(state);
  });

  it('drops a state that carries anything more, such as a secret', () => {
    expect(readRoomState({ ...state, secret: 'x'.repeat(43) })).toBeUndefined();
    expect(readRoomState({ ...state, deck: 'no spaces allowed' })).toBeUndefined();
    expect(readRoomState('room-state')).toBeUndefined();
  });

  it('reads the panel’s requests and nothing else', () => {
    expect(
      readPanelRequest({
        type: 'room-control',
        deck: 'k3v9x2m7qa',
        round: 'waar-staan-wij',
        action: 'reveal',
      }),
    ).toEqual({
      type: 'room-control',
      deck: 'k3v9x2m7qa',
      round: 'waar-staan-wij',
      action: 'reveal',
    });
    expect(
      readPanelRequest({ type: 'room-control', deck: 'k3v9x2m7qa', round: 'x', action: 'explode' }),
    ).toBeUndefined();
    expect(readPanelRequest({ type: 'room-delete' })).toBeUndefined();
    expect(readPanelRequest({ type: 'room-delete', deck: 'k3v9x2m7qa' })).toEqual({
      type: 'room-delete',
      deck: 'k3v9x2m7qa',
    });
  });
});
