/**
 * Answers whose JSON text is already known. A page served from the cache is sent as the text it
 * was stored as, instead of parsing a whole page into objects and serialising it back on every
 * hit; and a fresh answer serialised to be stored is not serialised a second time to be sent.
 * Only answers with neither errors nor extensions take this path, so nothing that plugins add to
 * an answer (error codes, request ids) can be left out of the text.
 */
const texts = new WeakMap<object, string>();

/** The text to send for an answer whose `data` is `data` (and that has no errors). */
export function rememberText(data: object, text: string): void {
  texts.set(data, text);
}

/**
 * A stand-in for a cached answer's `data`: nothing reads a cached answer's data on the server,
 * only its text is sent.
 */
export function cachedData(text: string): Record<string, unknown> {
  const data = {};
  texts.set(data, text);
  return data;
}

/** The known text of an answer whose `data` is `data`, if any. */
export function textOf(data: object): string | undefined {
  return texts.get(data);
}

/** Apollo's `stringifyResult`: the known text when there is one, else what Apollo itself does. */
export function stringifyResult(value: {
  data?: unknown;
  errors?: unknown;
  extensions?: unknown;
}): string {
  const { data, errors, extensions } = value;
  if (errors === undefined && extensions === undefined && typeof data === 'object' && data) {
    const text = texts.get(data);
    if (text !== undefined) return text;
  }
  return `${JSON.stringify(value)}\n`;
}
