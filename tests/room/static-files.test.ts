import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoomServer, type RoomServer } from '../../room/server.ts';
import { filePathOf, pointDeckAtRoom } from '../../room/static-files.ts';
import { temporaryFolder } from './room-clients.ts';

describe('pointDeckAtRoom', () => {
  it('points the deck-room meta at /room, whatever it said and in whatever order', () => {
    expect(pointDeckAtRoom('<meta name="deck-room" content="">')).toBe(
      '<meta name="deck-room" content="/room">',
    );
    expect(pointDeckAtRoom("<meta content='wss://room.example.org/room' name='deck-room' />")).toBe(
      '<meta content="/room" name=\'deck-room\' />',
    );
    expect(pointDeckAtRoom('<meta name="deck-room">')).toBe(
      '<meta name="deck-room" content="/room">',
    );
  });

  it('leaves every other meta alone', () => {
    const html =
      '<meta name="description" content="deck-room"><meta name="theme-color" content="#fff">';
    expect(pointDeckAtRoom(html)).toBe(html);
  });
});

describe('filePathOf', () => {
  it('maps paths into the folder, and refuses ways out of it', () => {
    expect(filePathOf('/srv/deck', '/')).toBe('/srv/deck/index.html');
    expect(filePathOf('/srv/deck', '/assets/app.js')).toBe('/srv/deck/assets/app.js');
    expect(filePathOf('/srv/deck', '/../etc/passwd')).toBeUndefined();
    expect(filePathOf('/srv/deck', '/%2e%2e/etc/passwd')).toBeUndefined();
    expect(filePathOf('/srv/deck', '/assets/%00.js')).toBeUndefined();
    expect(filePathOf('/srv/deck', '/%E0%A4%A')).toBeUndefined();
  });
});

describe('the deck served beside the room', () => {
  const folder = temporaryFolder();
  const deck = join(folder.path, 'dist');
  let server: RoomServer;

  beforeAll(async () => {
    mkdirSync(join(deck, 'assets'), { recursive: true });
    writeFileSync(
      join(deck, 'index.html'),
      '<!doctype html><html><head><meta name="deck-room" content=""></head><body>deck</body></html>',
    );
    writeFileSync(join(deck, 'assets', 'index-abc123.js'), 'console.log(1);');
    writeFileSync(join(deck, 'assets', 'inter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    writeFileSync(join(deck, 'manifest.webmanifest'), '{}');
    writeFileSync(join(folder.path, 'secret.txt'), 'outside the deck');
    server = await createRoomServer({ deckDir: deck, log: () => undefined });
  });
  afterAll(async () => {
    await server.close();
    folder.remove();
  });

  it('serves the page with the room pointed at this server, checked on every load', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<meta name="deck-room" content="/room">');
    const query = await fetch(new URL('/?join=K7QF2M', server.url));
    expect(await query.text()).toContain('content="/room"');
  });

  it('serves hashed assets for a year, with their types', async () => {
    const script = await fetch(new URL('/assets/index-abc123.js', server.url));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const font = await fetch(new URL('/assets/inter.woff2', server.url));
    expect(font.headers.get('content-type')).toBe('font/woff2');
    const manifest = await fetch(new URL('/manifest.webmanifest', server.url));
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for what is not there, and never serves a file outside the deck', async () => {
    expect((await fetch(new URL('/nothing.js', server.url))).status).toBe(404);
    // fetch would normalise `..` away: send raw paths.
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const answer = await new Promise<{ status: number | undefined; body: string }>(
        (resolve, reject) => {
          const raw = request({ host: '127.0.0.1', port: server.port, path }, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => {
              resolve({ status: response.statusCode, body });
            });
          });
          raw.on('error', reject);
          raw.end();
        },
      );
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain('outside the deck');
    }
    expect((await fetch(new URL('/', server.url), { method: 'POST' })).status).toBe(405);
  });
});
