import { maskedText } from './masked-texts';
import * as matcher from './watched-word-matcher';
import type { WatchedWordRule } from './watched-word-matcher';

// Counted: every masking goes through the matcher's export.
jest.mock('./watched-word-matcher', () => {
  const actual = jest.requireActual('./watched-word-matcher');
  return { ...actual, censorText: jest.fn(actual.censorText) };
});

const rule = (pattern: string): WatchedWordRule => ({ id: pattern, pattern, action: 'CENSOR' });

describe('maskedText', () => {
  const matched = jest.mocked(matcher.censorText);
  beforeEach(() => matched.mockClear());

  it('matches a text once per set of rules, however often readers are shown it', () => {
    const rules = [rule('grobnik'), rule('zorb*')];
    for (let i = 0; i < 5; i++) {
      expect(maskedText('The grobnik plan zorbed again', rules, '•')).toBe(
        'The ••••••• plan •••••• again',
      );
    }
    expect(matched).toHaveBeenCalledTimes(1);
  });

  it('masks by the new rules as soon as they replace the old ones', () => {
    const before = [rule('grobnik')];
    expect(maskedText('A grobnik and a vlorp', before, '•')).toBe('A ••••••• and a vlorp');
    // The rules cache hands out a new array after every change.
    const after = [rule('vlorp')];
    expect(maskedText('A grobnik and a vlorp', after, '•')).toBe('A grobnik and a •••••');
    expect(matched).toHaveBeenCalledTimes(2);
  });
});
