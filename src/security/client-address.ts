import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { TrustProxy } from '../config/security-config';

export type TrustFn = (address: string, hop: number) => boolean;

/**
 * The trust rule for X-Forwarded-For. A hop count trusts the nearest N hops whoever they are
 * (Fastify's own number setting trusts none), so use it only when the server is reachable
 * through those proxies alone; a list trusts exactly those addresses.
 */
export function trustFunction(trust: TrustProxy): TrustFn | undefined {
  if (trust === false) return undefined;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyAddr.compile(trust);
}

/** The client's address for a raw request (the WebSocket upgrade), by the same rule as Fastify's `request.ip`. */
export function clientAddress(req: IncomingMessage, trust: TrustFn | undefined): string {
  const direct = req.socket.remoteAddress ?? 'unknown';
  if (!trust) return direct;
  return proxyAddr(req, trust);
}
