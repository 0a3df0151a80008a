/**
 * `npm run room` refuses bad flags before it builds or listens (room/laptop.ts); what it says
 * about the network is tested on its pure part (tests/room/network.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runLaptop(args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'room/laptop.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run room: flags', () => {
  it.each([
    [['--port', 'eighty'], '--port must be a whole number from 1 to 65535'],
    [['--port', '0'], '--port must be a whole number from 1 to 65535'],
    [['--network', ''], '--network is the Wi-Fi'],
    [['--interface', 'no-such-interface'], 'no interface or address "no-such-interface"'],
    [['--colour'], "Unknown option '--colour'"],
  ])('%j: says what is wrong, shows the usage and exits 2', (args, message) => {
    const { status, output } = runLaptop(args);
    expect(status).toBe(2);
    expect(output).toContain(message);
  });

  it('prints its usage with --help', () => {
    const { status, output } = runLaptop(['--help']);
    expect(status).toBe(0);
    expect(output).toContain('Usage: npm run room -- [--port N]');
  });
});
