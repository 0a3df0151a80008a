import { describe, expect, it } from 'vitest';
import {
  chooseAddress,
  isolationAdvice,
  joinBaseUrl,
  reachReport,
  type Interfaces,
} from '../../room/network.ts';

const loopback = { lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }] };
const v6 = { address: 'fe80::1', family: 'IPv6', internal: false };
const wifi = { wlan0: [{ address: '192.168.1.20', family: 'IPv4', internal: false }, v6] };

describe('chooseAddress and reachReport', () => {
  it('says plainly that phones cannot reach a laptop on no network', () => {
    const reach = chooseAddress({ ...loopback, eth0: [v6] });
    expect(reach).toEqual({ kind: 'none' });
    const report = reachReport(reach, 8080).join('\n');
    expect(report).toContain('Phones cannot reach this laptop');
    expect(report).toContain('hotspot');
    expect(report).toContain('http://localhost:8080/');
  });

  it('gives the one LAN address, without a list', () => {
    const reach = chooseAddress({ ...loopback, ...wifi });
    expect(reach).toMatchObject({
      kind: 'chosen',
      chosen: { name: 'wlan0', address: '192.168.1.20' },
    });
    expect(reachReport(reach, 8080)).toEqual(['Phones join at http://192.168.1.20:8080/ (wlan0).']);
  });

  it('warns when the only address is link-local (no router gave one)', () => {
    const reach = chooseAddress({
      ...loopback,
      en0: [{ address: '169.254.12.7', family: 'IPv4', internal: false }],
    });
    expect(reach).toMatchObject({ kind: 'chosen', chosen: { linkLocal: true } });
    const report = reachReport(reach, 8080).join('\n');
    expect(report).toContain('Only a link-local address (169.254.12.7)');
    expect(report).toContain('phones on a Wi-Fi cannot reach it');
  });

  it('prefers the Wi-Fi over containers, VPNs and link-local, lists them all and says how to pick', () => {
    const interfaces: Interfaces = {
      ...loopback,
      docker0: [{ address: '172.17.0.1', family: 'IPv4', internal: false }],
      tailscale0: [{ address: '100.101.102.103', family: 'IPv4', internal: false }],
      en5: [{ address: '169.254.3.3', family: 'IPv4', internal: false }],
      ...wifi,
    };
    const reach = chooseAddress(interfaces);
    expect(reach).toMatchObject({ kind: 'chosen', chosen: { name: 'wlan0' } });
    const report = reachReport(reach, 9000);
    expect(report[0]).toBe('Phones join at http://192.168.1.20:9000/ (wlan0).');
    const text = report.join('\n');
    expect(text).toContain('This laptop has 4 network addresses; it chose wlan0 (192.168.1.20)');
    for (const name of ['docker0: 172.17.0.1', 'tailscale0: 100.101.102.103', 'en5: 169.254.3.3']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('npm run room -- --interface <name>');
  });

  it('takes the interface or address the presenter names, and no list then', () => {
    const interfaces: Interfaces = {
      ...wifi,
      eth0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
    };
    const byName = chooseAddress(interfaces, 'eth0');
    expect(byName).toMatchObject({ kind: 'chosen', chosen: { address: '10.0.0.5' }, asked: true });
    expect(reachReport(byName, 8080)).toEqual(['Phones join at http://10.0.0.5:8080/ (eth0).']);
    expect(chooseAddress(interfaces, '192.168.1.20')).toMatchObject({ chosen: { name: 'wlan0' } });
  });

  it('says which interfaces there are when the named one is not there', () => {
    const reach = chooseAddress(wifi, 'wlan9');
    expect(reach.kind).toBe('not-found');
    expect(reachReport(reach, 8080)).toEqual([
      'This laptop has no interface or address "wlan9".',
      'Pick one of these with --interface <name>:',
      '  wlan0: 192.168.1.20',
    ]);
  });

  it('builds the join address, and always has a line on guest Wi-Fi', () => {
    expect(joinBaseUrl({ name: 'wlan0', address: '192.168.1.20', linkLocal: false }, 8080)).toBe(
      'http://192.168.1.20:8080/',
    );
    expect(isolationAdvice).toMatch(/guest.*hotspot.*hosted room server/s);
  });
});
