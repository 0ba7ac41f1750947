import { BIDI_CONTROLS } from './bidi-controls';

/** In Unicode mode a class of surrogates matches only halves that are missing their pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Control characters other than tab, line feed and carriage return (C0, DEL, C1): nothing a
 * person types, and they rewrite terminals and logs that show the text.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** The marks LRM, RLM and ALM, which right-to-left writing needs, are not among these. */
const BIDI_CONTROL = new RegExp(`[${BIDI_CONTROLS}]`);

const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * NUL cannot be stored by PostgreSQL; a lone surrogate is not Unicode text at all. Text a person
 * writes also keeps no control or bidirectional formatting characters; text from elsewhere (an
 * imported article, marked `@ForeignText()`) keeps them, as its importer promises every character.
 */
export function personTextProblem(s: string, foreign = false): string | null {
  if (s.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(s)) return 'contains an unpaired surrogate (not valid Unicode)';
  if (foreign) return null;
  const control = CONTROL.exec(s);
  if (control) return `contains a control character (${codePoint(control[0])})`;
  const bidi = BIDI_CONTROL.exec(s);
  return bidi
    ? `contains a bidirectional formatting character (${codePoint(bidi[0])}); use the marks U+200E or U+200F`
    : null;
}
