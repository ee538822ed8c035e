// The addresses a fetch may connect to for a host: every address the name resolves to must be public
// (one private address among public ones is enough to refuse: the connection could land on it),
// unless the host is named in FETCH_ALLOW_HOSTS.
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { FetchError } from './fetchError.ts';
import { isIpLiteral, isPublicAddress } from './publicAddress.ts';

export type Resolver = (host: string) => Promise<LookupAddress[]>;

/** The system resolver (what the connection itself would use): every address, IPv4 and IPv6. */
export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/** The checked addresses for `host` (a URL's hostname; IPv6 in brackets), or a FetchError. */
export async function resolveAllowedAddresses(host: string, allowHosts: readonly string[], resolve: Resolver): Promise<LookupAddress[]> {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  const allowed = allowHosts.includes(bare);
  let addresses: LookupAddress[];
  if (isIpLiteral(bare)) {
    addresses = [{ address: bare, family: bare.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(bare);
    } catch (error) {
      throw new FetchError('dns-failed', `${bare} does not resolve`, { host: bare }, { cause: error });
    }
    if (addresses.length === 0) throw new FetchError('dns-failed', `${bare} does not resolve`, { host: bare });
  }
  if (!allowed) {
    const blocked = addresses.find(({ address }) => !isPublicAddress(address));
    if (blocked) {
      throw new FetchError('blocked-address', `${bare} is a private or reserved address (${blocked.address})`, {
        host: bare,
        address: blocked.address,
      });
    }
  }
  return addresses;
}
