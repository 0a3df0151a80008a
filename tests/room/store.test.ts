import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashKey } from '../../room/codes.ts';
import { newRoom, presenterRounds } from '../../room/rooms.ts';
import { openStore } from '../../room/store.ts';
import { roundOf, talkRounds, temporaryFolder } from './room-clients.ts';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => {
  folder.remove();
});

const secret = 'S'.repeat(43);
const token = 'T'.repeat(22);

function filled(path: string) {
  const store = openStore(path);
  const room = newRoom({
    code: 'K7QF2M',
    secretHash: hashKey(secret),
    createdAt: 1000,
    expiresAt: 5000,
    specs: talkRounds,
  });
  store.insertRoom(room);
  store.insertParticipant('K7QF2M', 1, hashKey(token));
  store.writeChange('K7QF2M', {
    kind: 'mark',
    round: 'waar-staan-wij',
    n: 1,
    mark: { x: 4, y: 96 },
  });
  store.writeChange('K7QF2M', {
    kind: 'mark',
    round: 'waar-staan-wij',
    n: 1,
    mark: { x: 5, y: 95 },
  });
  store.writeChange('K7QF2M', {
    kind: 'answer',
    round: 'wat-past-er-voor-jou',
    n: 1,
    answer: { option: 'zelf', text: 'Ja, <i>zelf</i>' },
  });
  store.writeChange('K7QF2M', {
    kind: 'round-state',
    round: 'waar-staan-wij',
    accepting: false,
    revealed: true,
    clearEntries: false,
  });
  return store;
}

describe('openStore', () => {
  it('gives back every room as it was written, after the file is closed and opened again', () => {
    const path = join(folder.path, 'rooms.sqlite');
    filled(path).close();
    const store = openStore(path);
    const [room] = store.loadRooms(2000);
    if (room === undefined) throw new Error('the room came back');
    expect(room.code).toBe('K7QF2M');
    expect(room.secretHash).toBe(hashKey(secret));
    expect([...room.participants]).toEqual([[hashKey(token), 1]]);
    const rounds = presenterRounds(room);
    expect(roundOf(rounds, 'waar-staan-wij')).toMatchObject({
      accepting: false,
      revealed: true,
      entries: [{ n: 1, x: 5, y: 95 }],
    });
    expect(roundOf(rounds, 'wat-past-er-voor-jou').entries).toEqual([
      { n: 1, option: 'zelf', text: 'Ja, <i>zelf</i>' },
    ]);
    store.close();
  });

  it('keeps the secret and tokens only as hashes', () => {
    const path = join(folder.path, 'rooms.sqlite');
    filled(path).close();
    const bytes = readFileSync(path).toString('latin1');
    expect(bytes).not.toContain(secret);
    expect(bytes).not.toContain(token);
    expect(bytes).toContain(hashKey(secret));
  });

  it('keeps no column for a name, an address or a device', () => {
    const path = join(folder.path, 'rooms.sqlite');
    filled(path).close();
    const db = new Database(path, { readonly: true });
    const columns = db
      .prepare<[], { name: string }>(
        "SELECT p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'",
      )
      .all()
      .map((column) => column.name);
    db.close();
    expect(columns.filter((name) => /name|ip|addr|agent|email|user/i.test(name))).toEqual([]);
  });

  it('deletes a room with its participants and entries, at expiry or at once', () => {
    const path = join(folder.path, 'rooms.sqlite');
    const store = filled(path);
    expect(store.deleteExpired(4999)).toEqual([]);
    expect(store.deleteExpired(5000)).toEqual(['K7QF2M']);
    expect(store.loadRooms(0)).toEqual([]);
    store.close();
    const db = new Database(path, { readonly: true });
    for (const table of ['rooms', 'rounds', 'participants', 'entries']) {
      expect(db.prepare(`SELECT count(*) AS rows FROM ${table}`).get()).toEqual({ rows: 0 });
    }
    db.close();

    const again = filled(join(folder.path, 'other.sqlite'));
    again.deleteRoom('K7QF2M');
    expect(again.loadRooms(0)).toEqual([]);
    again.close();
  });

  it('clears a round’s entries with the clear action', () => {
    const store = filled(':memory:');
    store.writeChange('K7QF2M', {
      kind: 'round-state',
      round: 'waar-staan-wij',
      accepting: true,
      revealed: false,
      clearEntries: true,
    });
    const [room] = store.loadRooms(0);
    if (room === undefined) throw new Error('the room is there');
    expect(roundOf(presenterRounds(room), 'waar-staan-wij').count).toBe(0);
    expect(roundOf(presenterRounds(room), 'wat-past-er-voor-jou').count).toBe(1);
    store.close();
  });

  it('refuses a file in a format it does not read, saying what to do', () => {
    const path = join(folder.path, 'future.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openStore(path)).toThrow(/format 99.*new file/);
  });
});
