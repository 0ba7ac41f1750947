import { renderOnRead } from '../common/markdown/render-on-read';

/**
 * Where, in an answer the database built, the texts are that Node still owes its reader: CENSOR
 * masking (applied on read, in code shared with the rest of the API) and an argument's HTML when
 * the stored one cannot serve. Keys are response keys; a child's value may be an object, a list
 * of objects or null.
 */
export class ReaderTextPaths {
  /** Keys whose string is a reader's text (masked for readers). */
  readonly texts: string[] = [];
  /** Keys whose list of strings are readers' texts. */
  readonly textLists: string[] = [];
  /** Keys of argument HTML: the stored HTML, or null; the text shown is under shownKey(key). */
  readonly html: string[] = [];
  readonly children: Array<[string, ReaderTextPaths]> = [];

  get empty(): boolean {
    return (
      this.texts.length + this.textLists.length + this.html.length + this.children.length === 0
    );
  }

  /** Whether an argument's HTML is asked for anywhere below: the answer is then always walked. */
  get anyHtml(): boolean {
    return this.html.length > 0 || this.children.some(([, c]) => c.anyHtml);
  }
}

/** The key beside an HTML key holding the text it is of; `$` cannot start a GraphQL name. */
export const shownKey = (key: string): string => `$shown:${key}`;

/**
 * Masks every reader text in `value` and fills in each argument's HTML (the stored HTML when the
 * text shown is the body it was rendered from, as htmlOf decides for the usual path).
 */
export function applyReaderTexts(
  value: unknown,
  paths: ReaderTextPaths,
  mask: (text: string) => string,
): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) applyReaderTexts(item, paths, mask);
    return;
  }
  const o = value as Record<string, unknown>;
  for (const k of paths.texts) if (typeof o[k] === 'string') o[k] = mask(o[k]);
  for (const k of paths.textLists) if (Array.isArray(o[k])) o[k] = (o[k] as string[]).map(mask);
  for (const k of paths.html) {
    const raw = o[shownKey(k)] as string;
    delete o[shownKey(k)];
    const shown = mask(raw);
    o[k] = o[k] !== null && shown === raw ? o[k] : renderOnRead(shown);
  }
  for (const [k, child] of paths.children) applyReaderTexts(o[k], child, mask);
}
