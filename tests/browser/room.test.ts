/**
 * The room, end to end: the room server's Node entry (room/server.ts) serves the built deck
 * (dist/) and the room on 127.0.0.1; the presenter's deck opens the board; twelve phones
 * (390×844, touch) join through the join page, read off the screen's join card, place their
 * markers and answer the closing question. The screen counts without showing where, then
 * reveals; a phone goes offline and comes back with its marker; the server restarts on the same
 * database mid-round and everyone reconnects; a phone's presenter control, a malformed and an
 * oversized message are refused while the server keeps serving; free text with markup shows as
 * text. Every wait is for a state the page shows, never a fixed time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { createRoomServer, type RoomServer } from '../../room/server.ts';
import { roomSocketPath } from '../../src/room/protocol.ts';
import { LOCAL_HOST, openPage, useBrowser, type OpenedPage } from './support/browser.ts';
import { waitForDeck } from './support/deck.ts';

const browser = useBrowser();
const folder = mkdtempSync(join(tmpdir(), 'deck-room-test-'));
const database = join(folder, 'room.db');
const phoneCount = 12;
const markup = '<img src=x onerror="document.title=\'owned\'">';

let server: RoomServer;
let presenter: OpenedPage;
let screen: Page;
let joinUrl: string;
/** The phones, each with its number in the room (join order) and where its marker stands. */
const phones: {
  page: Page;
  context: BrowserContext;
  n: number;
  at: { x: number; y: number };
}[] = [];

/** The phone with number `n` in the room. */
function phoneNumbered(n: number): (typeof phones)[number] {
  const phone = phones.find((candidate) => candidate.n === n);
  if (phone === undefined) throw new Error(`no phone number ${n}`);
  return phone;
}

/** Every script a phone asked for: the join page loads without reveal.js (start-slides.ts). */
const phoneScripts = new Set<string>();
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
  string,
  { file: string }
>;

const startServer = (port = 0): Promise<RoomServer> =>
  createRoomServer({ host: LOCAL_HOST, port, database, deckDir: 'dist', log: () => undefined });

/** Where phone `i` puts its marker: spread over the board, in whole percent. */
const spot = (i: number): { x: number; y: number } => ({
  x: 10 + ((i * 37) % 80),
  y: 15 + ((i * 53) % 70),
});

const board = '#waar-staan-wij .layout-matrix';
const poll = '#wat-past-er-voor-jou .layout-question';

async function tapBoard(page: Page, at: { x: number; y: number }): Promise<void> {
  const box = await page.locator('.join-plane').boundingBox();
  if (box === null) throw new Error('the phone shows no board');
  await page.touchscreen.tap(
    box.x + (box.width * at.x) / 100,
    box.y + box.height - (box.height * at.y) / 100,
  );
}

/** The room's markers on the screen: number and position, from their style. */
function screenMarkers(page: Page): Promise<{ n: number; x: number; y: number }[]> {
  return page.locator(`${board} .room-marker`).evaluateAll((elements) =>
    elements
      .map((element) => ({
        n: Number(element.textContent),
        x: Number.parseFloat((element as HTMLElement).style.left),
        y: Number.parseFloat((element as HTMLElement).style.bottom),
      }))
      .sort((a, b) => a.n - b.n),
  );
}

/** A raw socket in a phone's page, to say what the join page never would. */
function rawSocketReply(page: Page, messages: readonly unknown[]): Promise<unknown[]> {
  return page.evaluate(
    async ({ url, messages }) =>
      new Promise<unknown[]>((resolve) => {
        const socket = new WebSocket(url);
        const replies: unknown[] = [];
        socket.addEventListener('open', () => {
          for (const message of messages) socket.send(JSON.stringify(message));
        });
        socket.addEventListener('message', (event) => {
          replies.push(JSON.parse(String(event.data)));
          if (
            replies.filter((reply) => (reply as { type: string }).type === 'refused').length >= 2
          ) {
            socket.close();
            resolve(replies);
          }
        });
      }),
    { url: new URL(roomSocketPath, joinUrl.replace(/^http/, 'ws')).href, messages },
  );
}

beforeAll(async () => {
  server = await startServer();
  presenter = await openPage(browser());
  screen = presenter.page;
  await screen.goto(`${server.url}?view=slides#/waar-staan-wij`);
  await waitForDeck(screen);
  await screen.locator(`${board} .room-join-qr svg`).waitFor();
  const url = await screen.locator(`${board} .room-join`).getAttribute('data-join-url');
  if (url === null) throw new Error('the join card has no address');
  joinUrl = url;
});

afterAll(async () => {
  for (const phone of phones) await phone.context.close();
  await presenter.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the room', () => {
  it('shows a join card with the code, the address and the network, but never the secret', async () => {
    const code = new URL(joinUrl).searchParams.get('join') ?? '';
    expect(code).toMatch(/^[23456789A-HJKMNP-Z]{6}$/);
    expect(joinUrl).toBe(`${server.url}?join=${code}`);
    expect(await screen.locator(`${board} .room-join-code`).textContent()).toBe(code);
    expect(await screen.locator(`${board} .room-join-network`).textContent()).toBe(
      'Op hetzelfde wifi-netwerk als deze laptop',
    );
    const hold = JSON.parse(
      (await screen.evaluate(() => localStorage.getItem(`deck-room:${location.pathname}`))) ?? '{}',
    ) as { room?: string; secret?: string };
    expect(hold.room).toBe(code);
    expect(hold.secret).toMatch(/^[\w-]{43}$/);
    expect(joinUrl).not.toContain(hold.secret);
  });

  it('lets twelve phones join and place privately: the screen counts, not where', async () => {
    await Promise.all(
      Array.from({ length: phoneCount }, async (_, i) => {
        const context = await browser().newContext({
          viewport: { width: 390, height: 844 },
          hasTouch: true,
          isMobile: true,
        });
        context.setDefaultTimeout(15_000);
        const page = await context.newPage();
        page.on('request', (request) => {
          if (request.resourceType() === 'script')
            phoneScripts.add(new URL(request.url()).pathname);
        });
        await page.goto(joinUrl);
        await page.locator('.join-plane').waitFor();
        // Numbers go by join order, which twelve phones at once do not keep: each says its own.
        const number = await page.locator('.join-number').textContent();
        phones[i] = { page, context, n: Number(/\d+/.exec(number ?? '')?.[0]), at: spot(i) };
      }),
    );
    for (const phone of phones) {
      await tapBoard(phone.page, phone.at);
      await phone.page.locator('.join-round[data-placed="true"]').waitFor();
    }
    await screen.locator(`${board}[data-room-count="${phoneCount}"]`).waitFor();
    expect(await screen.locator(`${board} .room-status`).textContent()).toBe(
      '12 van 12 telefoons hebben een marker gezet.',
    );
    expect(await screen.locator(`${board} .room-marker`).count()).toBe(0);
    const slideShow = manifest['src/deck/start-slides.ts']?.file;
    expect(slideShow).toBeDefined();
    expect([...phoneScripts].filter((path) => path.endsWith(slideShow ?? '-'))).toEqual([]);
    expect([...phoneScripts].some((path) => path.includes('join-page'))).toBe(true);
    // The laptop's own board rests: a click on it places nothing.
    await screen.locator(`${board} .matrix-plane`).click({ position: { x: 40, y: 40 } });
    expect(await screen.locator(`${board} .matrix-marker`).count()).toBe(0);
  });

  it('shows every marker where its phone put it once the presenter reveals', async () => {
    await screen.keyboard.press('r');
    await screen.locator(`${board}[data-room-revealed="true"] .room-marker >> nth=11`).waitFor();
    const shown = await screenMarkers(screen);
    expect(shown.map((marker) => marker.n)).toEqual(
      Array.from({ length: phoneCount }, (_, i) => i + 1),
    );
    // Each where its phone tapped, within the percent a tap's pixel rounds to.
    for (const marker of shown) {
      const { at } = phoneNumbered(marker.n);
      expect(Math.abs(marker.x - at.x), `marker ${marker.n} x`).toBeLessThanOrEqual(1);
      expect(Math.abs(marker.y - at.y), `marker ${marker.n} y`).toBeLessThanOrEqual(1);
    }
    const band = await screen.locator(`${board} .room-spread-x`).evaluate((element) => ({
      left: Number.parseFloat((element as HTMLElement).style.left),
      width: Number.parseFloat((element as HTMLElement).style.width),
    }));
    const xs = shown.map((marker) => marker.x);
    expect(band).toEqual({ left: Math.min(...xs), width: Math.max(...xs) - Math.min(...xs) });
    // The phones see the room's picture too.
    await phones[0]?.page.locator('.join-results .room-marker >> nth=10').waitFor();
  });

  it('keeps a phone’s marker when it goes offline, and sends its move when it is back', async () => {
    const phone = phones[3];
    if (phone === undefined) throw new Error('no phone 4');
    await phone.context.setOffline(true);
    await phone.page.locator('.join-page[data-connection="offline"]').waitFor();
    const moved = { x: 92, y: 8 };
    await tapBoard(phone.page, moved);
    await phone.context.setOffline(false);
    await phone.page.locator('.join-page[data-connection="open"]').waitFor();
    await screen.waitForFunction((selector) => {
      const marker = document.querySelector<HTMLElement>(selector);
      return marker?.style.left === '92%' && marker.style.bottom === '8%';
    }, `${board} .room-marker[data-room-marker="${phone.n}"]`);
    phone.at = moved;
    expect(await screen.locator(`${board}[data-room-count="${phoneCount}"]`).count()).toBe(1);
  });

  it('survives a restart of the server: the presenter acts meanwhile, everyone reconnects', async () => {
    const { port } = server;
    await server.close();
    await phones[0]?.page.locator('.join-page[data-connection="offline"]').waitFor();
    // With the server away the presenter still hides (and reveals) what arrived, on the screen.
    await screen.locator(`${board} .room-status`).filter({ hasText: 'Geen verbinding' }).waitFor();
    await screen.keyboard.press('r');
    await screen.locator(`${board}[data-room-revealed="false"]`).waitFor();
    expect(await screen.locator(`${board} .room-marker`).count()).toBe(0);
    server = await startServer(port);
    await Promise.all(
      phones.map((phone) => phone.page.locator('.join-page[data-connection="open"]').waitFor()),
    );
    // The server comes back in line with what the presenter did meanwhile: hidden for phones too.
    await phones[0]?.page.locator('.join-private:not([hidden])').waitFor();
    expect(await phones[0]?.page.locator('.join-results .room-marker').count()).toBe(0);
    await screen.keyboard.press('r');
    await screen.locator(`${board}[data-room-revealed="true"] .room-marker >> nth=11`).waitFor();
    const phone = phones[5];
    if (phone === undefined) throw new Error('no phone 6');
    const moved = { x: 50, y: 95 };
    await tapBoard(phone.page, moved);
    await screen.waitForFunction(
      (selector) => document.querySelector<HTMLElement>(selector)?.style.bottom === '95%',
      `${board} .room-marker[data-room-marker="${phone.n}"]`,
    );
    // Where the later tests look for this phone's marker (its number is the order it joined
    // in, which varies from run to run).
    phone.at = moved;
    expect(await screen.locator(`${board} .room-marker`).count()).toBe(phoneCount);
  });

  it('refuses a phone’s presenter control and a move of another’s marker', async () => {
    const phone = phones[1];
    if (phone === undefined) throw new Error('no phone 2');
    const code = new URL(joinUrl).searchParams.get('join') ?? '';
    const token = await phone.page.evaluate(
      (key) => localStorage.getItem(key),
      `deck-room-participant:${code}`,
    );
    const replies = await rawSocketReply(phone.page, [
      { type: 'join', room: code, participant: token },
      { type: 'control', round: 'waar-staan-wij', action: 'clear' },
      { type: 'place', round: 'waar-staan-wij', n: 1, x: 0, y: 0 },
    ]);
    const refusals = replies.filter((reply) => (reply as { type: string }).type === 'refused');
    expect(refusals.map((reply) => (reply as { reason: string }).reason)).toEqual([
      'not-presenter',
      'malformed',
    ]);
    const first = (await screenMarkers(screen))[0];
    const { at } = phoneNumbered(1);
    expect(
      Math.abs((first?.x ?? -9) - at.x) + Math.abs((first?.y ?? -9) - at.y),
    ).toBeLessThanOrEqual(2);
    expect(await screen.locator(`${board} .room-marker`).count()).toBe(phoneCount);
  });

  it('refuses malformed and oversized messages and keeps serving', async () => {
    const url = new URL(roomSocketPath, server.url.replace(/^http/, 'ws')).href;
    const socket = new NodeWebSocket(url);
    await new Promise((resolve) => socket.once('open', resolve));
    const refused = new Promise<string>((resolve) => {
      socket.once('message', (data: Buffer) => {
        resolve((JSON.parse(data.toString()) as { reason: string }).reason);
      });
    });
    socket.send('{"type":"place","round":');
    expect(await refused).toBe('malformed');
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(JSON.stringify({ type: 'create', rounds: [], pad: 'x'.repeat(5000) }));
    expect(await closed).toBe(1009);
    // The room still takes a phone's move.
    const phone = phones[7];
    if (phone === undefined) throw new Error('no phone 8');
    await tapBoard(phone.page, { x: 3, y: 97 });
    await screen.waitForFunction(
      (selector) => document.querySelector<HTMLElement>(selector)?.style.left === '3%',
      `${board} .room-marker[data-room-marker="${phone.n}"]`,
    );
  });

  it('takes the closing question on the phones: counts live, texts as text after the reveal', async () => {
    await screen.evaluate(() => {
      const reveal = window.Reveal;
      if (reveal === undefined) throw new Error('no Reveal');
      reveal.slide(reveal.getSlides().findIndex((slide) => slide.id === 'wat-past-er-voor-jou'));
    });
    await screen.locator(`${poll} .room-join-qr svg`).waitFor();
    expect(await screen.locator(`${poll} .share-card`).isVisible()).toBe(false);
    const options = ['een-klantrelatie', 'een-team', 'meten-en-belonen', 'begeleiding'];
    for (const [i, phone] of phones.entries()) {
      await phone.page.locator('.join-option').first().waitFor();
      await phone.page.locator(`.join-option-input[value="${options[i % 4] ?? ''}"]`).check();
      if (i < 3) {
        await phone.page.locator('.join-text').fill(i === 0 ? markup : `Eerste stap ${i}`);
      }
      await phone.page.locator('.join-poll .join-button').click();
      await phone.page.locator('.join-round[data-sent="true"]').waitFor();
    }
    await screen.locator(`${poll}[data-room-count="${phoneCount}"]`).waitFor();
    const counts = await screen
      .locator(`${poll} .room-poll-counts .room-bar`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-room-count')));
    expect(counts).toEqual(['3', '3', '3', '3']);
    expect(await screen.locator(`${poll} .room-text`).count()).toBe(0);
    await screen.keyboard.press('r');
    await screen.locator(`${poll} .room-text >> nth=2`).waitFor();
    const texts = await screen.locator(`${poll} .room-text-words`).allTextContents();
    // In the order the phones joined.
    const written = [markup, 'Eerste stap 1', 'Eerste stap 2'];
    const byNumber = phones
      .slice(0, 3)
      .map((phone, i) => ({ n: phone.n, text: written[i] }))
      .sort((a, b) => a.n - b.n)
      .map((entry) => entry.text);
    expect(texts).toEqual(byNumber);
    expect(await screen.locator(`${poll} img`).count()).toBe(0);
    expect(await screen.title()).not.toBe('owned');
    expect(presenter.record.pageErrors).toEqual([]);
    expect(presenter.record.externalRequests).toEqual([]);
  });
});
