/** The longest feed accepted as `xml`, in characters (the request body limit is 1 MiB anyway). */
export const MAX_FEED_CHARS = 1_000_000;

/** The largest feed fetched from a URL, in bytes. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** How long fetching a feed may take, headers and body together. */
export const FEED_FETCH_TIMEOUT_MS = 10_000;

/** Items imported per call; feeds list the newest first. */
export const MAX_FEED_ITEMS = 50;
