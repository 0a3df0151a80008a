/**
 * The room server as `npm run bench:room` runs it (scripts/bench-room.ts): in a process of its
 * own, so its memory is the server's alone and the simulated phones do not share its event
 * loop. Forked with an IPC channel: it says `ready` with its address, answers `memory` with its
 * own figures, and closes on `stop`. The database is a real file (argv[2]), as on a host.
 */
import { createRoomServer } from '../../room/server.ts';

export type BenchServerReply =
  | { readonly type: 'ready'; readonly url: string }
  | { readonly type: 'memory'; readonly rss: number; readonly heapUsed: number };
export type BenchServerRequest = { readonly type: 'memory' } | { readonly type: 'stop' };

const database = process.argv[2] ?? ':memory:';
const server = await createRoomServer({ database, log: () => undefined });

function reply(message: BenchServerReply): void {
  process.send?.(message);
}

process.on('message', (request: BenchServerRequest) => {
  if (request.type === 'memory') {
    const { rss, heapUsed } = process.memoryUsage();
    reply({ type: 'memory', rss, heapUsed });
  } else {
    void server.close().then(() => process.exit(0));
  }
});
reply({ type: 'ready', url: server.url });
