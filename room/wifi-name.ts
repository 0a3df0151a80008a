/**
 * The Wi-Fi's name (SSID) on the interface phones reach the laptop at, when the system says it
 * (`npm run room`, room/laptop.ts), so the screen can tell the room which network to join
 * without the presenter typing it (`--network` still wins). Best effort: each system has its
 * own command, none is guaranteed (recent macOS hides the name from programs without location
 * access), and a laptop on a cable has no Wi-Fi name at all. The parsers are pure and tested on
 * the commands' real output; the commands run with a short timeout and any failure is "unknown".
 */
import { execFile } from 'node:child_process';

/** Runs a command and gives its standard output, or undefined when it fails. */
export type RunCommand = (command: string, args: readonly string[]) => Promise<string | undefined>;

/**
 * `nmcli -t -f ACTIVE,SSID,DEVICE device wifi list --rescan no` (Linux with NetworkManager):
 * one line per network in range, `yes:Kantoor:wlan0` for the one `device` is on.
 */
export function ssidFromNmcli(output: string, device: string): string | undefined {
  for (const line of output.split('\n')) {
    // Terse mode escapes a ':' inside a field as '\:'.
    const [active, ssid, name] = line.split(/(?<!\\):/).map((field) => field.replace(/\\:/g, ':'));
    if (active === 'yes' && name === device && ssid) return ssid;
  }
  return undefined;
}

/** `networksetup -getairportnetwork en0` (macOS): "Current Wi-Fi Network: Kantoor". */
export function ssidFromNetworksetup(output: string): string | undefined {
  const match = /^Current (?:Wi-Fi|AirPort) Network: (.+)$/m.exec(output.trim());
  return match?.[1]?.trim() || undefined;
}

/** `netsh wlan show interfaces` (Windows): the SSID of the block whose Name is `device`. */
export function ssidFromNetsh(output: string, device: string): string | undefined {
  for (const block of output.split(/\r?\n\s*\r?\n/)) {
    const name = /^\s*Name\s*:\s*(.+?)\s*$/m.exec(block)?.[1];
    const ssid = /^\s*SSID\s*:\s*(.+?)\s*$/m.exec(block)?.[1];
    if (name === device && ssid) return ssid;
  }
  return undefined;
}

/** A name a screen may show: printable, at most 64 characters (the protocol's `network`). */
function shown(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const clean = name.replace(/\p{Cc}/gu, '').trim();
  return clean === '' ? undefined : clean.slice(0, 64);
}

/** The Wi-Fi name on `device`, asked of the system `platform` runs; undefined when unknown. */
export async function wifiName(
  platform: NodeJS.Platform,
  device: string,
  run: RunCommand,
): Promise<string | undefined> {
  switch (platform) {
    case 'linux': {
      const output = await run('nmcli', [
        '-t',
        '-f',
        'ACTIVE,SSID,DEVICE',
        'device',
        'wifi',
        'list',
        '--rescan',
        'no',
      ]);
      return shown(output === undefined ? undefined : ssidFromNmcli(output, device));
    }
    case 'darwin': {
      const output = await run('networksetup', ['-getairportnetwork', device]);
      return shown(output === undefined ? undefined : ssidFromNetworksetup(output));
    }
    case 'win32': {
      const output = await run('netsh', ['wlan', 'show', 'interfaces']);
      return shown(output === undefined ? undefined : ssidFromNetsh(output, device));
    }
    default:
      return undefined;
  }
}

/** Runs a system command for at most a second; a missing command or an error is undefined. */
export const runCommand: RunCommand = (command, args) =>
  new Promise((resolve) => {
    execFile(command, [...args], { timeout: 1000, windowsHide: true }, (error, stdout) => {
      resolve(error === null ? stdout : undefined);
    });
  });
