import { types } from 'pg';

const TIMESTAMPTZ_OID = 1184;
/** pg's own parser (postgres-date), taken before this module replaces it. */
const parsePostgresDate = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (
  text: string,
) => Date | number | null;
const PLUS = 43;
const ZERO = 48;

/**
 * pg's `timestamptz` parser, with a fast path for the form a UTC session sends every time,
 * `2026-12-02 10:40:15.123456+00`: digits read by position, no regular expressions or substrings.
 * A page maps about 160 rows with several timestamps each, and postgres-date's three regular
 * expressions per value were 3% of its CPU. Anything else (another zone, BC, infinity, years
 * before 1000 or after 9999) goes to postgres-date as before; the result is the same Date.
 */
export function parseTimestamptz(text: string): Date | number | null {
  const n = text.length;
  if (
    n < 22 ||
    n > 29 ||
    text.charCodeAt(n - 3) !== PLUS ||
    text.charCodeAt(n - 2) !== ZERO ||
    text.charCodeAt(n - 1) !== ZERO ||
    text[4] !== '-' ||
    text[7] !== '-' ||
    text[10] !== ' ' ||
    text[13] !== ':' ||
    text[16] !== ':' ||
    (n > 22 && (text[19] !== '.' || n === 23))
  ) {
    return parsePostgresDate(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // Milliseconds: the first three fraction digits, padded (".5" is 500 ms); the rest are dropped.
  const fraction = n > 22 ? digits(text, 20, n - 23) : 0;
  let ms = 0;
  for (let i = 20; i < 23; i++) ms = ms * 10 + (i < n - 3 ? text.charCodeAt(i) - ZERO : 0);
  if (year < 1000 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || fraction < 0) {
    return parsePostgresDate(text);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

/** The number written by `length` decimal digits at `start`, or -1 if one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Installs the parser for every pg connection of the process (pg's type parsers are global). */
export function useFastTimestamptzParser(): void {
  types.setTypeParser(TIMESTAMPTZ_OID, parseTimestamptz);
}
