// Which IP addresses a fetch may connect to: public unicast only. Private, loopback, link-local,
// carrier-grade NAT, multicast, reserved and documentation ranges are refused, in IPv4 and IPv6,
// IPv4-mapped IPv6 addresses ("::ffff:127.0.0.1") judged as the IPv4 address they carry, and
// translation ranges (NAT64, 6to4, Teredo) refused since they can reach any IPv4 address.
import ipaddr from 'ipaddr.js';

/** True only for a valid address in public unicast space. */
export function isPublicAddress(address: string): boolean {
  const text = address.replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.isValid(text)) return false;
  let parsed = ipaddr.parse(text);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** Whether `host` (a URL's host name) is an IP address rather than a name to resolve. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[(.*)\]$/, '$1'));
}
