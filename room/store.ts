/**
 * The rooms on disk (ARCHITECTURE.md, The room server): SQLite through better-sqlite3, in WAL
 * mode, so a restart of the server keeps every room, its participants' numbers and their
 * entries. Memory (room/rooms.ts) is the working copy; every change is written here first.
 *
 * What is kept, and what never is: the presenter's secret and the phones' tokens only as
 * SHA-256 hashes (room/codes.ts); no names, no IP addresses, no user agents. A room's rows go
 * at its expiry or when the presenter deletes it (foreign keys cascade).
 */
import Database from 'better-sqlite3';
import * as v from 'valibot';
import { roundSpecSchema } from '../src/room/protocol.ts';
import { applyChange, newRoom, type Room, type RoomChange } from './rooms.ts';

/** Bump when the tables change shape; an older file is refused with a clear message. */
const schemaVersion = 1;

const schema = `
  CREATE TABLE IF NOT EXISTS rooms (
    code TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS rooms_by_expiry ON rooms (expires_at);
  CREATE TABLE IF NOT EXISTS rounds (
    room TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    spec TEXT NOT NULL,
    accepting INTEGER NOT NULL,
    revealed INTEGER NOT NULL,
    PRIMARY KEY (room, id)
  ) STRICT;
  CREATE TABLE IF NOT EXISTS participants (
    room TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    token_hash TEXT NOT NULL,
    PRIMARY KEY (room, n),
    UNIQUE (room, token_hash)
  ) STRICT;
  CREATE TABLE IF NOT EXISTS entries (
    room TEXT NOT NULL,
    round TEXT NOT NULL,
    n INTEGER NOT NULL,
    x INTEGER,
    y INTEGER,
    option TEXT,
    text TEXT,
    PRIMARY KEY (room, round, n),
    FOREIGN KEY (room, round) REFERENCES rounds (room, id) ON DELETE CASCADE
  ) STRICT;
`;

interface RoomRow {
  readonly code: string;
  readonly secret_hash: string;
  readonly created_at: number;
  readonly expires_at: number;
}
interface RoundRow {
  readonly id: string;
  readonly spec: string;
  readonly accepting: number;
  readonly revealed: number;
}
interface ParticipantRow {
  readonly n: number;
  readonly token_hash: string;
}
interface EntryRow {
  readonly round: string;
  readonly n: number;
  readonly x: number | null;
  readonly y: number | null;
  readonly option: string | null;
  readonly text: string | null;
}

export interface RoomStore {
  /** Every room that has not expired at `now`, as it was last written. */
  readonly loadRooms: (now: number) => Room[];
  readonly insertRoom: (room: Room) => void;
  readonly insertParticipant: (room: string, n: number, tokenHash: string) => void;
  readonly writeChange: (room: string, change: RoomChange) => void;
  readonly deleteRoom: (room: string) => void;
  /** Deletes every room whose time is up at `now`; returns their codes. */
  readonly deleteExpired: (now: number) => string[];
  readonly close: () => void;
}

/** Opens (or creates) the database at `path`; ':memory:' keeps it in memory. */
export function openStore(path: string): RoomStore {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives the process dying; only a power cut may lose the
    // last moves, which phones resend on reconnect anyway (ARCHITECTURE.md, The room server).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== 0 && version !== schemaVersion) {
      throw new Error(
        `${path} holds rooms in format ${version}; this server reads format ${schemaVersion}. ` +
          'Point ROOM_DATABASE at a new file (the rooms in the old one expire within a day anyway).',
      );
    }
    db.exec(schema);
    db.pragma(`user_version = ${schemaVersion}`);
  } catch (error) {
    db.close();
    throw error;
  }

  const statements = {
    rooms: db.prepare<[number], RoomRow>(
      'SELECT code, secret_hash, created_at, expires_at FROM rooms WHERE expires_at > ?',
    ),
    rounds: db.prepare<[string], RoundRow>(
      'SELECT id, spec, accepting, revealed FROM rounds WHERE room = ? ORDER BY position',
    ),
    participants: db.prepare<[string], ParticipantRow>(
      'SELECT n, token_hash FROM participants WHERE room = ? ORDER BY n',
    ),
    entries: db.prepare<[string], EntryRow>(
      'SELECT round, n, x, y, option, text FROM entries WHERE room = ?',
    ),
    insertRoom: db.prepare(
      'INSERT INTO rooms (code, secret_hash, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    insertRound: db.prepare(
      'INSERT INTO rounds (room, position, id, spec, accepting, revealed) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertParticipant: db.prepare(
      'INSERT INTO participants (room, n, token_hash) VALUES (?, ?, ?)',
    ),
    upsertMark: db.prepare(
      `INSERT INTO entries (room, round, n, x, y) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (room, round, n) DO UPDATE SET x = excluded.x, y = excluded.y`,
    ),
    upsertAnswer: db.prepare(
      `INSERT INTO entries (room, round, n, option, text) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (room, round, n) DO UPDATE SET option = excluded.option, text = excluded.text`,
    ),
    roundState: db.prepare(
      'UPDATE rounds SET accepting = ?, revealed = ? WHERE room = ? AND id = ?',
    ),
    clearRound: db.prepare('DELETE FROM entries WHERE room = ? AND round = ?'),
    deleteRoom: db.prepare('DELETE FROM rooms WHERE code = ?'),
    expired: db.prepare<[number], { code: string }>('SELECT code FROM rooms WHERE expires_at <= ?'),
    deleteExpired: db.prepare('DELETE FROM rooms WHERE expires_at <= ?'),
  };

  function loadRoom(row: RoomRow): Room {
    const specs = statements.rounds.all(row.code).map((round) => {
      const parsed = v.safeParse(roundSpecSchema, JSON.parse(round.spec));
      if (!parsed.success) {
        throw new Error(
          `${path}: room ${row.code}, round "${round.id}" is not a round this server reads ` +
            `(${parsed.issues[0].message}). Delete that room's rows or use a new ROOM_DATABASE.`,
        );
      }
      return parsed.output;
    });
    const room = newRoom({
      code: row.code,
      secretHash: row.secret_hash,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      specs,
    });
    for (const round of statements.rounds.all(row.code)) {
      applyChange(room, {
        kind: 'round-state',
        round: round.id,
        accepting: round.accepting === 1,
        revealed: round.revealed === 1,
        clearEntries: false,
      });
    }
    for (const participant of statements.participants.all(row.code)) {
      room.participants.set(participant.token_hash, participant.n);
    }
    for (const entry of statements.entries.all(row.code)) {
      if (entry.x !== null && entry.y !== null) {
        applyChange(room, {
          kind: 'mark',
          round: entry.round,
          n: entry.n,
          mark: { x: entry.x, y: entry.y },
        });
      } else if (entry.option !== null) {
        applyChange(room, {
          kind: 'answer',
          round: entry.round,
          n: entry.n,
          answer: { option: entry.option, text: entry.text ?? '' },
        });
      }
    }
    return room;
  }

  const insertRoom = db.transaction((room: Room) => {
    statements.insertRoom.run(room.code, room.secretHash, room.createdAt, room.expiresAt);
    room.rounds.forEach((round, position) => {
      statements.insertRound.run(
        room.code,
        position,
        round.spec.id,
        JSON.stringify(round.spec),
        round.accepting ? 1 : 0,
        round.revealed ? 1 : 0,
      );
    });
  });

  const writeRoundState = db.transaction(
    (room: string, change: Extract<RoomChange, { kind: 'round-state' }>) => {
      statements.roundState.run(
        change.accepting ? 1 : 0,
        change.revealed ? 1 : 0,
        room,
        change.round,
      );
      if (change.clearEntries) statements.clearRound.run(room, change.round);
    },
  );

  const deleteExpired = db.transaction((now: number) => {
    const codes = statements.expired.all(now).map((row) => row.code);
    statements.deleteExpired.run(now);
    return codes;
  });

  return {
    loadRooms: (now) => statements.rooms.all(now).map(loadRoom),
    insertRoom: (room) => {
      insertRoom(room);
    },
    insertParticipant: (room, n, tokenHash) => {
      statements.insertParticipant.run(room, n, tokenHash);
    },
    writeChange: (room, change) => {
      switch (change.kind) {
        case 'mark':
          statements.upsertMark.run(room, change.round, change.n, change.mark.x, change.mark.y);
          return;
        case 'answer':
          statements.upsertAnswer.run(
            room,
            change.round,
            change.n,
            change.answer.option,
            change.answer.text,
          );
          return;
        case 'round-state':
          writeRoundState(room, change);
          return;
      }
    },
    deleteRoom: (room) => {
      statements.deleteRoom.run(room);
    },
    deleteExpired: (now) => deleteExpired(now),
    close: () => {
      db.close();
    },
  };
}
