/**
 * Which address phones can reach the laptop at, and what to tell the presenter when they cannot
 * (`npm run room`, room/laptop.ts; README.md, Running the room server). Pure: it takes what
 * `os.networkInterfaces()` reports and returns the choice and the words, so every case is
 * unit-tested without a network.
 */

/** What `os.networkInterfaces()` reports of one address (the fields used here). */
export interface InterfaceAddress {
  readonly address: string;
  readonly family: string | number;
  readonly internal: boolean;
}
export type Interfaces = Readonly<Record<string, readonly InterfaceAddress[] | undefined>>;

export interface Candidate {
  /** The interface's name, as the system calls it (`wlan0`, `en0`, `Wi-Fi`). */
  readonly name: string;
  readonly address: string;
  /** 169.254.x.x: given by no router, reachable only on a direct link. */
  readonly linkLocal: boolean;
}

export type Reach =
  /** No IPv4 address but loopback: phones cannot reach this laptop at all. */
  | { readonly kind: 'none' }
  /** `--interface` named something this laptop does not have. */
  | {
      readonly kind: 'not-found';
      readonly asked: string;
      readonly candidates: readonly Candidate[];
    }
  | {
      readonly kind: 'chosen';
      readonly chosen: Candidate;
      /** The other addresses, when there are several: which one to use is a guess. */
      readonly others: readonly Candidate[];
      /** Whether the presenter picked it (`--interface`). */
      readonly asked: boolean;
    };

function isIPv4(address: InterfaceAddress): boolean {
  // Node 18.0-18.3 reported the family as a number; later versions as 'IPv4'.
  return address.family === 'IPv4' || address.family === 4;
}

/** Names of interfaces that lead to virtual machines, containers or VPNs, not to phones. */
const virtualName =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|utun|tailscale|zt|wg|lxc|lxd|cni|flannel|podman|awdl|llw|bridge|vEthernet)/i;

function inRange(address: string, first: number, secondFrom = 0, secondTo = 255): boolean {
  const [a, b] = address.split('.').map(Number);
  return a === first && b !== undefined && b >= secondFrom && b <= secondTo;
}

/** Private LAN ranges (192.168/16, 10/8, 172.16/12): where a Wi-Fi router hands out addresses. */
function isPrivate(address: string): boolean {
  return inRange(address, 192, 168, 168) || inRange(address, 10) || inRange(address, 172, 16, 31);
}

/** Higher is likelier to be the network the phones are on. */
function score(candidate: Candidate): number {
  let points = 0;
  if (!candidate.linkLocal) points += 4;
  if (isPrivate(candidate.address)) points += 2;
  if (!virtualName.test(candidate.name)) points += 1;
  return points;
}

export function candidatesOf(interfaces: Interfaces): Candidate[] {
  return Object.entries(interfaces).flatMap(([name, addresses]) =>
    (addresses ?? [])
      .filter((address) => isIPv4(address) && !address.internal)
      .map((address) => ({
        name,
        address: address.address,
        linkLocal: inRange(address.address, 169, 254, 254),
      })),
  );
}

/**
 * The address to give phones: the one `asked` names (an interface or an address), or the
 * likeliest (a private LAN address on a real interface before link-local and virtual ones).
 */
export function chooseAddress(interfaces: Interfaces, asked?: string): Reach {
  const candidates = candidatesOf(interfaces);
  if (asked !== undefined) {
    const chosen = candidates.find(
      (candidate) => candidate.name === asked || candidate.address === asked,
    );
    if (chosen === undefined) return { kind: 'not-found', asked, candidates };
    return {
      kind: 'chosen',
      chosen,
      others: candidates.filter((candidate) => candidate !== chosen),
      asked: true,
    };
  }
  if (candidates.length === 0) return { kind: 'none' };
  const ranked = [...candidates].sort((a, b) => score(b) - score(a));
  const [chosen, ...others] = ranked as [Candidate, ...Candidate[]];
  return { kind: 'chosen', chosen, others, asked: false };
}

/** Where phones open the deck at `candidate` on `port`. */
export function joinBaseUrl(candidate: Candidate, port: number): string {
  return `http://${candidate.address}:${port}/`;
}

/** The line on guest Wi-Fi, said every time: the one failure the laptop cannot detect. */
export const isolationAdvice =
  'If phones on the same Wi-Fi cannot open that address, the network keeps devices apart (guest ' +
  'and hotel Wi-Fi often do), or a firewall blocks it: turn on a phone’s hotspot, join it with ' +
  'this laptop and the phones, and run npm run room again; or use a hosted room server (README.md, Running the room server).';

/**
 * What to tell the presenter, line by line: where phones join, and plainly when they cannot.
 * `interfaceFlag` is how the presenter picks another address (`--interface`).
 */
export function reachReport(reach: Reach, port: number, interfaceFlag = '--interface'): string[] {
  const localOnly = `The deck works on this laptop at http://localhost:${port}/, without phones.`;
  const list = (candidates: readonly Candidate[]): string[] =>
    candidates.map(
      (candidate) =>
        `  ${candidate.name}: ${candidate.address}${candidate.linkLocal ? ' (link-local)' : ''}`,
    );
  switch (reach.kind) {
    case 'none':
      return [
        'Phones cannot reach this laptop: it is on no network (no IPv4 address besides 127.0.0.1).',
        'Join a Wi-Fi, or turn on a phone’s hotspot and join it, then run npm run room again.',
        localOnly,
      ];
    case 'not-found':
      return [
        `This laptop has no interface or address "${reach.asked}".`,
        ...(reach.candidates.length === 0
          ? ['It has no IPv4 address besides 127.0.0.1: join a Wi-Fi or a phone’s hotspot.']
          : [`Pick one of these with ${interfaceFlag} <name>:`, ...list(reach.candidates)]),
      ];
    case 'chosen': {
      const lines = [`Phones join at ${joinBaseUrl(reach.chosen, port)} (${reach.chosen.name}).`];
      if (reach.chosen.linkLocal) {
        lines.push(
          `Only a link-local address (${reach.chosen.address}): no router gave this laptop an address, so phones on a Wi-Fi cannot reach it.`,
          'Join the Wi-Fi the phones are on (or a phone’s hotspot), then run npm run room again.',
        );
      }
      if (reach.others.length > 0 && !reach.asked) {
        lines.push(
          `This laptop has ${reach.others.length + 1} network addresses; it chose ${reach.chosen.name} (${reach.chosen.address}), the likeliest to be the Wi-Fi:`,
          ...list([reach.chosen, ...reach.others]),
          `If the phones are on another one, run npm run room -- ${interfaceFlag} <name>.`,
        );
      }
      return lines;
    }
  }
}
