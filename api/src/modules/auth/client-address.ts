// The address a throttle counts against. An IPv4 address is itself (IPv4-mapped IPv6 included);
// an IPv6 address counts as its /64, since one subscriber usually holds a whole /64 and could
// otherwise take a fresh budget for every attempt. Behind a reverse proxy the server must trust
// its X-Forwarded-For, or every client shares the proxy's address.
import { isIPv4, isIPv6 } from 'node:net';

export function clientAddressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros ("2001:db8::1" -> 2001,db8,0,...,1). */
function expandIPv6(ip: string): string[] {
  const [head, tail = ''] = ip.toLowerCase().split('%')[0].split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const left = parse(head);
  const right = ip.includes('::') ? parse(tail) : [];
  // A trailing dotted quad stands for the last two groups.
  const last = right.length > 0 ? right : left;
  const quad = last.length > 0 && isIPv4(last[last.length - 1]) ? last.pop()! : null;
  if (quad) {
    const [a, b, c, d] = quad.split('.').map(Number);
    last.push(((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = Math.max(0, 8 - left.length - right.length);
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
