import { FEED_FETCH_TIMEOUT_MS, MAX_FEED_BYTES } from './feed-limits';
import { Agent, fetch } from 'undici';
import { guardedLookup } from './guarded-lookup';
import { privateHostReason, Resolve, systemResolve } from './public-address';
import type { Response as FetchResponse } from 'undici';

/** A feed URL that could not be read; the message says why in one line. */
export class FeedFetchError extends Error {}

export interface FetchFeedOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Let the fetch reach private and local addresses (FEED_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts?: boolean;
  /** The DNS resolver (tests stand in a rebinding one). */
  resolve?: Resolve;
  /** What to ask for (a feed unless said otherwise). */
  accept?: string;
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

const MAX_REDIRECTS = 5;

/**
 * Fetches a feed's text with a time limit (headers and body together) and a size limit checked
 * while reading, so a huge or endless response is cut off rather than buffered.
 */
export async function fetchFeedText(url: string, options: FetchFeedOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? FEED_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchFollowing(new URL(url), signal, options);
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedFetchError(`the server answered HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new FeedFetchError(tooLarge(maxBytes));
    }
    const bytes = await readAtMost(response, maxBytes);
    return decode(bytes, response.headers.get('content-type'));
  } catch (e) {
    if (e instanceof FeedFetchError) throw e;
    if (signal.aborted) {
      throw new FeedFetchError(`no complete answer within ${timeoutMs / 1000} s`);
    }
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const reason = (cause?.code && NETWORK_ERRORS[cause.code]) ?? cause?.message;
    throw new FeedFetchError(reason ?? (e as Error).message);
  }
}

/** Follows redirects one hop at a time, so every host on the way is checked before it is asked. */
async function fetchFollowing(url: URL, signal: AbortSignal, options: FetchFeedOptions) {
  const resolve = options.resolve ?? systemResolve;
  // Private hosts refused twice: by name up front (a clear message, literal addresses), and at
  // connect time on every hop, so a second DNS answer cannot point the socket elsewhere.
  const dispatcher = new Agent({
    connect: { lookup: guardedLookup(resolve, !options.allowPrivateHosts) },
  });
  try {
    return await followRedirects(url, signal, dispatcher, resolve, {
      refusePrivate: !options.allowPrivateHosts,
      accept: options.accept ?? FEED_ACCEPT,
    });
  } finally {
    // The response body is read after this returns; close once it is done rather than now.
    void dispatcher.close();
  }
}

async function followRedirects(
  url: URL,
  signal: AbortSignal,
  dispatcher: Agent,
  resolve: Resolve,
  { refusePrivate, accept }: { refusePrivate: boolean; accept: string },
) {
  for (let hop = 0; ; hop++) {
    if (refusePrivate) {
      const reason = await privateHostReason(url, resolve);
      if (reason) throw new FeedFetchError(reason);
    }
    const response = await fetch(url, {
      signal,
      dispatcher,
      redirect: 'manual',
      headers: { accept },
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw new FeedFetchError(`more than ${MAX_REDIRECTS} redirects`);
    url = new URL(location, url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FeedFetchError(`a redirect to ${url.protocol} is not followed`);
    }
  }
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be resolved',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

async function readAtMost(response: FetchResponse, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    // Leaving the loop cancels the stream: the rest is never downloaded.
    if (total > maxBytes) throw new FeedFetchError(tooLarge(maxBytes));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): string {
  return `the document is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`;
}

/** The charset from the Content-Type header, else from the XML declaration, else UTF-8. */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const label =
    /charset=["']?([\w-]+)/iu.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/iu.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
