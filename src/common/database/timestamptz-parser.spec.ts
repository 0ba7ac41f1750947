import { types } from 'pg';
import { parseTimestamptz } from './timestamptz-parser';

const TIMESTAMPTZ_OID = 1184;
/** pg's own parser: this module must not have replaced it (nothing here installs ours). */
const pgParser = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (t: string) => unknown;

const same = (text: string) => {
  const ours = parseTimestamptz(text);
  const theirs = pgParser(text);
  expect({ text, value: ours instanceof Date ? ours.getTime() : ours }).toEqual({
    text,
    value: theirs instanceof Date ? theirs.getTime() : theirs,
  });
};

describe('parseTimestamptz', () => {
  it('gives the same instant as pg for UTC values with 0 to 6 fraction digits', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pad = (v: number, w: number) => String(v).padStart(w, '0');
    for (let i = 0; i < 5000; i++) {
      const year = 1000 + Math.floor(random() * 9000);
      const fraction = pad(Math.floor(random() * 1e6), 6).slice(0, Math.floor(random() * 7));
      const text =
        `${pad(year, 4)}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)} ` +
        `${pad(Math.floor(random() * 24), 2)}:${pad(Math.floor(random() * 60), 2)}:${pad(Math.floor(random() * 60), 2)}` +
        `${fraction ? `.${fraction}` : ''}+00`;
      same(text);
    }
  });

  it('reads the fraction as milliseconds, padded and truncated', () => {
    expect((parseTimestamptz('2026-12-02 10:40:15.5+00') as Date).toISOString()).toBe(
      '2026-12-02T10:40:15.500Z',
    );
    expect((parseTimestamptz('2026-12-02 10:40:15.123999+00') as Date).toISOString()).toBe(
      '2026-12-02T10:40:15.123Z',
    );
  });

  it('leaves every other form to pg’s parser, with the same result', () => {
    for (const text of [
      '2026-12-02 10:40:15.123+05:30',
      '2026-12-02 10:40:15-08',
      '2026-12-02 10:40:15+01',
      '0099-01-01 00:00:00+00',
      '0999-06-30 12:00:00.5+00',
      '12026-01-01 00:00:00+00',
      '2000-01-01 00:00:00+00 BC',
      'infinity',
      '-infinity',
      '2026-12-02 10:40:1x+00',
      '2026-12-02 10:40:15.12a+00',
    ]) {
      same(text);
    }
  });
});
