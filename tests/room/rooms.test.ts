import { describe, expect, it } from 'vitest';
import {
  afterAction,
  applyChange,
  decide,
  newRoom,
  phoneRounds,
  presenterRounds,
  type Actor,
  type Room,
  type RoomMessage,
} from '../../room/rooms.ts';
import { boardOf, roundOf, talkRounds } from './room-clients.ts';

function room(): Room {
  return newRoom({
    code: 'K7QF2M',
    secretHash: 'h',
    createdAt: 0,
    expiresAt: 1,
    specs: talkRounds,
  });
}

const presenter: Actor = { role: 'presenter' };
const phone = (n: number): Actor => ({ role: 'phone', n });

/** Decides and, when allowed, applies: what the hub does after the store wrote the change. */
function act(target: Room, actor: Actor, message: RoomMessage) {
  const decision = decide(target, actor, message);
  if (decision.ok) applyChange(target, decision.change);
  return decision;
}

describe('decide', () => {
  it('writes a phone’s marker under its own number, whatever else it could wish', () => {
    const target = room();
    act(target, phone(3), { type: 'place', round: 'waar-staan-wij', x: 10, y: 90 });
    act(target, phone(3), { type: 'place', round: 'waar-staan-wij', x: 12, y: 88 });
    expect(boardOf(presenterRounds(target), 'waar-staan-wij').entries).toEqual([
      { n: 3, x: 12, y: 88 },
    ]);
  });

  it('lets only the presenter control a round, and only phones place or answer', () => {
    const target = room();
    expect(
      decide(target, phone(1), { type: 'control', round: 'waar-staan-wij', action: 'reveal' }),
    ).toMatchObject({ ok: false, reason: 'not-presenter' });
    expect(
      decide(target, presenter, { type: 'place', round: 'waar-staan-wij', x: 1, y: 1 }),
    ).toMatchObject({ ok: false, reason: 'not-participant' });
    expect(
      decide(target, presenter, {
        type: 'answer',
        round: 'wat-past-er-voor-jou',
        option: 'zelf',
        text: '',
      }),
    ).toMatchObject({ ok: false, reason: 'not-participant' });
  });

  it('refuses unknown rounds, the wrong kind, unknown options, closed rounds and unwanted text', () => {
    const target = room();
    const poll = {
      type: 'answer',
      round: 'wat-past-er-voor-jou',
      option: 'zelf',
      text: '',
    } as const;
    expect(decide(target, phone(1), { ...poll, round: 'nergens' })).toMatchObject({
      reason: 'unknown-round',
    });
    expect(
      decide(target, phone(1), { type: 'place', round: 'wat-past-er-voor-jou', x: 1, y: 1 }),
    ).toMatchObject({ reason: 'unknown-round' });
    expect(decide(target, phone(1), { ...poll, round: 'waar-staan-wij' })).toMatchObject({
      reason: 'unknown-round',
    });
    expect(decide(target, phone(1), { ...poll, option: 'misschien' })).toMatchObject({
      reason: 'unknown-option',
    });
    act(target, presenter, { type: 'control', round: 'wat-past-er-voor-jou', action: 'close' });
    expect(decide(target, phone(1), poll)).toMatchObject({ reason: 'round-closed' });

    const noText = newRoom({
      code: 'K7QF2M',
      secretHash: 'h',
      createdAt: 0,
      expiresAt: 1,
      specs: [{ id: 'keuze', kind: 'poll', options: ['a', 'b'], freeText: false }],
    });
    expect(
      decide(noText, phone(1), { type: 'answer', round: 'keuze', option: 'a', text: 'toch' }),
    ).toMatchObject({ reason: 'malformed' });
    expect(
      decide(noText, phone(1), { type: 'answer', round: 'keuze', option: 'a', text: '' }),
    ).toMatchObject({ ok: true });
  });
});

describe('afterAction', () => {
  it.each([
    ['reveal', { accepting: true, revealed: true, clearEntries: false }],
    ['hide', { accepting: true, revealed: false, clearEntries: false }],
    ['close', { accepting: false, revealed: false, clearEntries: false }],
    ['reopen', { accepting: true, revealed: false, clearEntries: false }],
    ['clear', { accepting: true, revealed: false, clearEntries: true }],
  ] as const)('%s', (action, expected) => {
    expect(afterAction({ accepting: action !== 'reopen', revealed: false }, action)).toEqual(
      expected,
    );
  });

  it('clear opens a closed, revealed round afresh', () => {
    expect(afterAction({ accepting: false, revealed: true }, 'clear')).toEqual({
      accepting: true,
      revealed: false,
      clearEntries: true,
    });
  });
});

describe('what each sees', () => {
  it('shows phones their own entry and the count until reveal, then everything', () => {
    const target = room();
    act(target, phone(1), { type: 'place', round: 'waar-staan-wij', x: 10, y: 20 });
    act(target, phone(2), { type: 'place', round: 'waar-staan-wij', x: 30, y: 40 });
    act(target, phone(2), {
      type: 'answer',
      round: 'wat-past-er-voor-jou',
      option: 'zelf',
      text: '<b>ja</b>',
    });

    const before = phoneRounds(target, 1);
    expect(roundOf(before, 'waar-staan-wij')).toEqual({
      id: 'waar-staan-wij',
      kind: 'board',
      accepting: true,
      revealed: false,
      count: 2,
      mine: { x: 10, y: 20 },
      entries: [],
    });
    expect(roundOf(before, 'wat-past-er-voor-jou')).toEqual({
      id: 'wat-past-er-voor-jou',
      kind: 'poll',
      accepting: true,
      revealed: false,
      count: 1,
      options: ['zelf', 'met-begeleiding', 'nog-niet'],
      freeText: true,
      entries: [],
    });

    act(target, presenter, { type: 'control', round: 'waar-staan-wij', action: 'reveal' });
    expect(boardOf(phoneRounds(target, 1), 'waar-staan-wij').entries).toEqual([
      { n: 1, x: 10, y: 20 },
      { n: 2, x: 30, y: 40 },
    ]);
    // The poll is still hidden: reveal is per round.
    expect(roundOf(phoneRounds(target, 1), 'wat-past-er-voor-jou').entries).toEqual([]);
    expect(roundOf(presenterRounds(target), 'wat-past-er-voor-jou').entries).toEqual([
      { n: 2, option: 'zelf', text: '<b>ja</b>' },
    ]);
  });

  it('clears a round’s entries and nothing else', () => {
    const target = room();
    act(target, phone(1), { type: 'place', round: 'waar-staan-wij', x: 10, y: 20 });
    act(target, phone(1), {
      type: 'answer',
      round: 'wat-past-er-voor-jou',
      option: 'zelf',
      text: '',
    });
    act(target, presenter, { type: 'control', round: 'waar-staan-wij', action: 'clear' });
    expect(roundOf(presenterRounds(target), 'waar-staan-wij').count).toBe(0);
    expect(roundOf(presenterRounds(target), 'wat-past-er-voor-jou').count).toBe(1);
  });
});
