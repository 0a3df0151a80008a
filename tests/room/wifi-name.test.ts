import { describe, expect, it } from 'vitest';
import {
  ssidFromNetsh,
  ssidFromNetworksetup,
  ssidFromNmcli,
  wifiName,
  type RunCommand,
} from '../../room/wifi-name.ts';

const nmcli = ['no:Buren 5G:wlan0', 'yes:Kantoor\\: gasten:wlan0', 'no:Kantoor:wlan1', ''].join(
  '\n',
);

const netsh = `
There is 2 interface on the system:

    Name                   : Wi-Fi
    Description            : Intel(R) Wi-Fi 6 AX201 160MHz
    State                  : connected
    SSID                   : Kantoor
    BSSID                  : 12:34:56:78:9a:bc

    Name                   : Wi-Fi 2
    State                  : disconnected
`;

describe('the Wi-Fi name from each system’s own command', () => {
  it('reads nmcli’s terse list, for the interface asked about only', () => {
    expect(ssidFromNmcli(nmcli, 'wlan0')).toBe('Kantoor: gasten');
    expect(ssidFromNmcli(nmcli, 'wlan1')).toBeUndefined();
    expect(ssidFromNmcli(nmcli, 'eth0')).toBeUndefined();
  });

  it('reads macOS’s networksetup, and nothing when not associated', () => {
    expect(ssidFromNetworksetup('Current Wi-Fi Network: Kantoor\n')).toBe('Kantoor');
    expect(
      ssidFromNetworksetup('You are not associated with an AirPort network.\n'),
    ).toBeUndefined();
  });

  it('reads Windows’ netsh, for the interface asked about only', () => {
    expect(ssidFromNetsh(netsh, 'Wi-Fi')).toBe('Kantoor');
    expect(ssidFromNetsh(netsh, 'Wi-Fi 2')).toBeUndefined();
  });

  it('asks the command of the system it runs on, and says nothing when it fails', async () => {
    const asked: string[] = [];
    const run =
      (output: string | undefined): RunCommand =>
      (command) => {
        asked.push(command);
        return Promise.resolve(output);
      };
    expect(await wifiName('linux', 'wlan0', run(nmcli))).toBe('Kantoor: gasten');
    expect(await wifiName('darwin', 'en0', run('Current Wi-Fi Network: Kantoor'))).toBe('Kantoor');
    expect(await wifiName('win32', 'Wi-Fi', run(netsh))).toBe('Kantoor');
    expect(await wifiName('linux', 'wlan0', run(undefined))).toBeUndefined();
    expect(await wifiName('freebsd', 'wlan0', run(nmcli))).toBeUndefined();
    expect(asked).toEqual(['nmcli', 'networksetup', 'netsh', 'nmcli']);
  });

  it('keeps a name a screen can show: no control characters, at most 64 characters', async () => {
    const long = `Current Wi-Fi Network: ${'x'.repeat(80)}\u0007`;
    const name = await wifiName('darwin', 'en0', () => Promise.resolve(long));
    expect(name).toBe('x'.repeat(64));
  });
});
