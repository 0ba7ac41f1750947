import type { LookupAddress, LookupOptions } from 'node:dns';
import { isPrivateAddress, Resolve, systemResolve } from './public-address';

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for the socket itself: the addresses it connects to are the ones checked, so a
 * name that answered with a public address for the check and a private one for the connection
 * (DNS rebinding) is still refused.
 */
export function guardedLookup(resolve: Resolve = systemResolve, refusePrivate = true) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        const blocked = refusePrivate && addresses.find((a) => isPrivateAddress(a.address));
        if (blocked) {
          const error: NodeJS.ErrnoException = new Error(
            `${hostname} is a private or local address (${blocked.address})`,
          );
          error.code = 'EPRIVATEADDRESS';
          return callback(error, []);
        }
        if (options.all) return callback(null, addresses);
        const first = addresses.find((a) => !options.family || a.family === options.family);
        if (!first)
          return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), []);
        callback(null, first.address, first.family);
      },
      (e: NodeJS.ErrnoException) => callback(e, []),
    );
  };
}
