import { isIPv4, isIPv6 } from 'node:net';

/**
 * What a per-address limit counts under. An IPv4 address as it is (an IPv4 address written as
 * IPv6, `::ffff:192.0.2.7`, as that IPv4 address); an IPv6 address by its /64 network, which one
 * host, home or server is handed whole: counted per address, a client could step through 2^64
 * addresses of its own and never reach a limit. Anything else is counted as given.
 */
export function addressKey(address: string): string {
  const bare = address.replace(/%.*$/u, '');
  if (isIPv4(bare) || !isIPv6(bare)) return address;
  const groups = ipv6Groups(bare.toLowerCase());
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail read). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/u.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parts = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const before = parts(head);
  const after = parts(tail);
  const fill = tail === undefined ? [] : new Array<number>(8 - before.length - after.length).fill(0);
  return [...before, ...fill, ...after];
}
