import crypto from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The part of an address that names one client: an IPv4 address as is, an IPv6 address by its
 * /64 network, since one subscriber usually holds a whole /64 and could post from a new address
 * each time. IPv4-mapped IPv6 (::ffff:1.2.3.4) is the IPv4 client it maps.
 */
export function clientNetwork(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase();
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return bare === '' ? 'unknown' : bare;
  const groups = ipv6Groups(bare);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

// Eight 16-bit groups of a valid IPv6 address (checked by isIPv6), with "::" and a dotted tail expanded.
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** What the comments table stores instead of the address: a keyed hash nobody can reverse without the secret. */
export function clientKey(address: string, secret: Buffer): string {
  return crypto
    .createHmac('sha256', secret)
    .update(`comment-client\0${clientNetwork(address)}`)
    .digest('base64url');
}
