/**
 * The hosted room server: `npm run room:serve` (README.md, Running the room server). Configured by
 * environment variables (room/environment.ts); a bad value stops it before it listens, with one
 * line per problem and exit code 1. On SIGTERM (a container platform stopping it) or SIGINT
 * (Ctrl-C) it closes every connection and the database, then exits 0.
 */
import { readRoomEnvironment } from './environment.ts';
import { createRoomServer } from './server.ts';

const settings = readRoomEnvironment(process.env, process.cwd());
if (!settings.ok) {
  console.error(
    `The room server cannot start:\n${settings.problems.map((line) => `- ${line}`).join('\n')}`,
  );
  process.exit(1);
}
const { options } = settings;

let server: Awaited<ReturnType<typeof createRoomServer>>;
try {
  server = await createRoomServer(options);
} catch (error) {
  // A port in use, a database another version wrote: the message says which and what to do.
  const message = error instanceof Error ? error.message : String(error);
  const hint = /EADDRINUSE/.test(message)
    ? ` Another program listens on port ${options.port}: stop it, or set PORT to another port.`
    : /EACCES/.test(message)
      ? ` Port ${options.port} needs privileges: set PORT to 1024 or higher.`
      : '';
  console.error(`The room server cannot start: ${message}${hint}`);
  process.exit(1);
}

const listening = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${server.port}/`;
console.log(`Room server listening on ${listening} (WebSocket at /room)`);
console.log(
  `Rooms kept in ${options.database} for ${options.ttlHours} h; ` +
    (options.deckDir === undefined
      ? 'no deck served here; '
      : `serving the deck in ${options.deckDir}; `) +
    `pages allowed from ${[...(options.allowedOrigins ?? []), 'this server'].join(', ')}.`,
);

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) {
    console.error(`${signal} again: exiting without waiting.`);
    process.exit(1);
  }
  stopping = true;
  console.log(`${signal}: closing the room's connections and the database.`);
  server
    .close()
    .then(() => {
      console.log('Room server stopped.');
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(
        `The room server did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    });
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
