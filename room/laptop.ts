/**
 * `npm run room`: the deck and its room on the presenter's laptop, for phones on the same network
 * (README.md, Running the room server). Builds dist/ when it is missing or older than its sources
 * (scripts/lib/ensure-built.ts), serves it and the room on 0.0.0.0, tells the deck the LAN address
 * (so the QR code on the screen carries an address phones can open), and prints that address with a
 * QR code to try it from a phone, saying plainly when phones cannot reach it (room/network.ts).
 * Rooms are kept in .tmp/rooms.sqlite, so stopping and starting again keeps a round that is under
 * way.
 */
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { failUsage, readFlags } from '../scripts/lib/command-line.ts';
import { ensureBuilt, isBuildStale } from '../scripts/lib/ensure-built.ts';
import { chooseAddress, isolationAdvice, joinBaseUrl, reachReport } from './network.ts';
import { createRoomServer } from './server.ts';
import { runCommand, wifiName } from './wifi-name.ts';

const usage = `Usage: npm run room -- [--port N] [--network "Wi-Fi name"] [--interface NAME]

Serves the built deck and its room on this laptop, for phones on the same network.

  --port N            the port (default 8080)
  --network NAME      the Wi-Fi the phones must join, shown on the screen under the QR code
                      (default: the Wi-Fi's name as the system gives it, when it does)
  --interface NAME    the network interface (or its IPv4 address) phones reach this laptop on,
                      when it has several (default: the likeliest, said when it starts)`;

const flags = readFlags(
  {
    port: { type: 'string', default: '8080' },
    network: { type: 'string' },
    interface: { type: 'string' },
  },
  usage,
);

const port = /^\d{1,5}$/.test(flags.port) ? Number(flags.port) : Number.NaN;
if (!(port >= 1 && port <= 65535)) {
  failUsage(
    `--port must be a whole number from 1 to 65535, such as 8080, not "${flags.port}".`,
    usage,
  );
}
const networkFlag = flags.network?.trim();
if (networkFlag !== undefined && (networkFlag === '' || networkFlag.length > 64)) {
  failUsage(
    `--network is the Wi-Fi's name as phones show it, 1 to 64 characters, not "${flags.network}".`,
    usage,
  );
}

const reach = chooseAddress(networkInterfaces(), flags.interface);
if (reach.kind === 'not-found') {
  failUsage(reachReport(reach, port).join('\n'), usage);
}

// Flags and the network are checked first: a typo should not wait for a build.
const root = process.cwd();
if (isBuildStale(root)) {
  console.log(
    'Building the deck (dist/ is missing or older than its sources); this takes a minute…',
  );
  try {
    ensureBuilt(root);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

// The Wi-Fi's name for the screen: as the presenter says it, or as the system does.
const network =
  networkFlag ??
  (reach.kind === 'chosen'
    ? await wifiName(process.platform, reach.chosen.name, runCommand)
    : undefined);

const databaseFolder = join(root, '.tmp');
mkdirSync(databaseFolder, { recursive: true });
let server: Awaited<ReturnType<typeof createRoomServer>>;
try {
  server = await createRoomServer({
    host: '0.0.0.0',
    port,
    database: join(databaseFolder, 'rooms.sqlite'),
    deckDir: join(root, 'dist'),
    ...(reach.kind === 'chosen' ? { joinUrl: joinBaseUrl(reach.chosen, port) } : {}),
    ...(network === undefined ? {} : { network }),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    /EADDRINUSE/.test(message)
      ? `Port ${port} is in use (another npm run room, or another server): stop it, or run npm run room -- --port ${port + 1}.`
      : `The room cannot start: ${message}`,
  );
  process.exit(1);
}

console.log(`\nThe deck: http://localhost:${port}/ (open it on this laptop and present from it)`);
for (const line of reachReport(reach, port)) console.log(line);
if (reach.kind === 'chosen') {
  console.log(
    network === undefined
      ? 'The screen names no Wi-Fi: say which one with --network "name".'
      : `The screen tells phones to join the Wi-Fi "${network}"${networkFlag === undefined ? ' (as the system names it; --network to say otherwise)' : ''}.`,
  );
  console.log(
    `\nTry it before the session: scan this with a phone on ${network === undefined ? 'the same Wi-Fi' : `"${network}"`}; the deck should open.`,
  );
  console.log(
    await QRCode.toString(joinBaseUrl(reach.chosen, port), { type: 'terminal', small: true }),
  );
  console.log(
    'On the board and the closing question, the deck shows the room’s own QR code and code.',
  );
}
console.log(`${isolationAdvice}\n`);
console.log('Ctrl-C stops the room; its rounds are kept and come back when you start it again.\n');

let stopping = false;
function stop(): void {
  if (stopping) process.exit(1);
  stopping = true;
  server
    .close()
    .then(() => {
      process.exit(0);
    })
    .catch(() => {
      process.exit(1);
    });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
