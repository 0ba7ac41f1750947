import { RequestLoaders } from '../common/loaders/request-loaders';
import type { RequestContext } from '../common/graphql/request-context';

const byEvent = new WeakMap<object, Map<string, RequestLoaders>>();

/**
 * The loaders for resolving one event for one class of reader. Every subscriber on this
 * instance receives the same event object, so subscribers of one class share the rows read
 * for it: an event costs the same queries for one reader or thousands. Loaders cache rows by
 * key (per-user data is keyed by user), and what a reader may see is still decided per reader.
 * A new event gets new loaders, so nothing answers from an earlier event's reads.
 */
export function sharedEventLoaders(event: object, ctx: RequestContext): RequestLoaders {
  const readerClass = ctx.auth ? 'signed-in' : 'anonymous';
  let classes = byEvent.get(event);
  if (!classes) byEvent.set(event, (classes = new Map()));
  let loaders = classes.get(readerClass);
  if (!loaders) classes.set(readerClass, (loaders = new RequestLoaders()));
  return loaders;
}
