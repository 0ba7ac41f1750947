import {
  censorText,
  matchWatchedWords,
  validateWatchedWordPattern,
  WatchedWordAction,
  WatchedWordRule,
} from './watched-word-matcher';

let nextId = 0;
const rule = (pattern: string, action: WatchedWordAction = 'FLAG'): WatchedWordRule => ({
  id: `r${++nextId}`,
  pattern,
  action,
});
/** The matched substrings for one pattern. */
const hits = (pattern: string, text: string) =>
  matchWatchedWords(text, [rule(pattern)]).map((m) => m.match);

describe('validateWatchedWordPattern', () => {
  it.each([
    ['idiot', null],
    ['idiot*', null],
    ['  stupid   idiot  ', null],
    ['f*ck', null],
    ['c++', null],
    ['1984', null],
    ['', /empty/],
    ['   ', /empty/],
    ['x'.repeat(101), /longer than 100/],
    ['*', /letter or a number/],
    ['!!! ???', /letter or a number/],
    ['idiot *', /directly follow/],
    ['stupid* idiot', /last word/],
  ])('%j → %p', (pattern, expected) => {
    const error = validateWatchedWordPattern(pattern);
    if (expected === null) expect(error).toBeNull();
    else expect(error).toMatch(expected);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(validateWatchedWordPattern('😀'.repeat(50) + 'a'.repeat(50))).toBeNull();
    expect(validateWatchedWordPattern('é'.repeat(100))).toBeNull();
  });
});

describe('matchWatchedWords', () => {
  it('is case-insensitive and reports offsets into the original text', () => {
    const r = rule('Idiot', 'BLOCK');
    expect(matchWatchedWords('What an IDIOT, idiot!', [r])).toEqual([
      { rule: r, start: 8, end: 13, match: 'IDIOT' },
      { rule: r, start: 15, end: 20, match: 'idiot' },
    ]);
  });

  it('matches whole words only', () => {
    expect(hits('ass', 'first class passage, bass')).toEqual([]);
    expect(hits('ass', 'ass. (ass) ass-hat "ass"')).toEqual(['ass', 'ass', 'ass', 'ass']);
    expect(hits('idiot', 'idiots idiotic')).toEqual([]);
    expect(hits('war', 'war1 1war war_time')).toEqual(['war']);
  });

  it('treats accents as part of the word, in any normalisation form', () => {
    expect(hits('café', 'CAFÉ Café café')).toEqual(['CAFÉ', 'Café', 'café']);
    expect(hits('café', 'cafés cafe')).toEqual([]);
    expect(hits('café*', 'cafés caféine')).toEqual(['cafés', 'caféine']);
    // Decomposed text (e + combining acute) matches the composed pattern, and vice versa.
    expect(hits('café', 'un cafe\u0301 noir')).toEqual(['cafe\u0301']);
    expect(hits('cafe\u0301', 'un café noir')).toEqual(['café']);
    // The combining mark belongs to the word: `cafe` does not match `cafe\u0301`.
    expect(hits('cafe', 'cafe\u0301')).toEqual([]);
  });

  it('ignores zero-width and other invisible characters inside a word, in text and pattern', () => {
    expect(hits('blockme', 'please block\u200Bme now')).toEqual(['block\u200Bme']);
    expect(hits('blockme', 'b\u00ADl\u200Co\u200Dc\u2060k\uFEFFme')).toHaveLength(1);
    expect(hits('block\u200Bme', 'blockme')).toEqual(['blockme']);
    expect(hits('idiot', '\u200Bidiot\u200B')).toEqual(['idiot']);
    // Still whole words: an invisible character does not join a word to its neighbour's edge.
    expect(hits('idiot', 'idiot\u200Bs')).toEqual([]);
  });

  it('keeps offsets right after decomposed characters', () => {
    const text = 'e\u0301e\u0301 idiot';
    const [m] = matchWatchedWords(text, [rule('idiot')]);
    expect(m).toMatchObject({ start: 5, end: 10, match: 'idiot' });
    expect(text.slice(m.start, m.end)).toBe('idiot');
  });

  it('handles Cyrillic, Greek and other scripts', () => {
    expect(hits('дурак', 'Ты ДУРАК, дурачок и Дурак!')).toEqual(['ДУРАК', 'Дурак']);
    expect(hits('дурак*', 'дурачок дураки')).toEqual(['дураки']);
    // Greek sigma: Σ, σ and final ς are one letter.
    expect(hits('λόγος', 'ΛΌΓΟΣ λόγοσ λόγος λόγοςx')).toEqual(['ΛΌΓΟΣ', 'λόγοσ', 'λόγος']);
    expect(hits('حمار', 'أنت حمار!')).toEqual(['حمار']);
    // Devanagari vowel signs are combining marks inside the word.
    expect(hits('मूर्ख', 'तुम मूर्ख हो, मूर्खता')).toEqual(['मूर्ख']);
    // Scripts without spaces match inside longer text.
    expect(hits('笨蛋', '你是笨蛋吗')).toEqual(['笨蛋']);
    expect(hits('𠮷野', '我𠮷野家')).toEqual(['𠮷野']);
    // Letters outside the BMP (here Gothic) are word characters too.
    expect(hits('idiot', '𐌰idiot idiot𐌰 idiot')).toEqual(['idiot']);
  });

  it('matches phrases across any whitespace', () => {
    expect(hits('stupid idiot', 'a Stupid   idiot, stupid\nidiot, stupid\u00a0idiot')).toEqual([
      'Stupid   idiot',
      'stupid\nidiot',
      'stupid\u00a0idiot',
    ]);
    expect(hits('stupid idiot', 'stupididiot stupid-idiot stupid idiots')).toEqual([]);
    expect(hits('stupid idiot*', 'stupid idiots')).toEqual(['stupid idiots']);
    // A candidate that fails the boundary test does not hide a whole-word match inside it.
    expect(matchWatchedWords('ba a a', [rule('a a')]).map((m) => [m.start, m.end])).toEqual([
      [3, 6],
    ]);
    expect(hits('no no', 'nono no no')).toEqual(['no no']);
  });

  it('matches a prefix when the pattern ends with *', () => {
    expect(hits('idiot*', 'idiot, idiots, IDIOTIC, an idiot-proof plan; not myidiot')).toEqual([
      'idiot',
      'idiots',
      'IDIOTIC',
      'idiot',
    ]);
  });

  it('takes regex characters literally', () => {
    expect(hits('c++', 'I like c++ and C++.')).toEqual(['c++', 'C++']);
    expect(hits('c++', 'ccc and c+')).toEqual([]);
    expect(hits('a.b', 'a.b axb')).toEqual(['a.b']);
    expect(hits('f*ck', 'f*ck fuck fck')).toEqual(['f*ck']);
    expect(hits('(x)|[y]', 'say (x)|[y] now')).toEqual(['(x)|[y]']);
    expect(hits('\\d+', '\\d+ 123')).toEqual(['\\d+']);
    expect(hits('$100 bill', 'a $100 bill')).toEqual(['$100 bill']);
  });

  it('reports every rule that matches, even overlapping, in text order', () => {
    const block = rule('stupid idiot', 'BLOCK');
    const flag = rule('idiot', 'FLAG');
    const prefix = rule('idiot*', 'CENSOR');
    const found = matchWatchedWords('you stupid idiot', [flag, prefix, block]);
    expect(found.map((m) => [m.rule.id, m.start, m.end])).toEqual([
      [block.id, 4, 16],
      [flag.id, 11, 16],
      [prefix.id, 11, 16],
    ]);
  });

  it('ignores rules whose pattern is invalid, and empty input', () => {
    expect(matchWatchedWords('a * b !!!', [rule('*'), rule('!!!'), rule('')])).toEqual([]);
    expect(matchWatchedWords('', [rule('idiot')])).toEqual([]);
    expect(matchWatchedWords('idiot', [])).toEqual([]);
  });

  it('handles 500 rules against a 2,000-character text', () => {
    // Rule i: `w{i}q`, or the prefix `p{i}q*` for every fifth one. The text holds the words for
    // i = 0, 3, 6, … (prefix rules appear as `p{i}qrs`), then filler, up to 2,000 characters.
    const rules = Array.from({ length: 500 }, (_, i) =>
      rule(i % 5 === 0 ? `p${i}q*` : `w${i}q`, i % 2 ? 'FLAG' : 'CENSOR'),
    );
    const tokens: string[] = [];
    let text = '';
    for (let i = 0; text.length < 1900; i += 3) {
      const token = i % 5 === 0 ? `p${i}qrs` : `w${i}q`;
      tokens.push(token);
      text += `${token} `;
    }
    text = text.padEnd(2000, 'filler ');
    expect(text).toHaveLength(2000);
    const expected = tokens.filter((t) => Number(t.slice(1).replace(/q.*/, '')) < 500);
    expect(expected.length).toBeGreaterThan(150);

    for (let run = 0; run < 20; run++) {
      const found = matchWatchedWords(text, rules);
      expect(found.map((m) => m.match)).toEqual(expected);
      expect(found.every((m) => text.slice(m.start, m.end) === m.match)).toBe(true);
    }
    expect(censorText(text, rules)).toHaveLength(2000);
  });
});

describe('censorText', () => {
  it('masks CENSOR matches only, keeping length and the rest of the text identical', () => {
    const rules = [rule('idiot*', 'CENSOR'), rule('moron', 'FLAG'), rule('jerk', 'BLOCK')];
    const text = 'You IDIOTS — moron, jerk.\nIdiot!';
    expect(censorText(text, rules)).toBe('You ****** — moron, jerk.\n*****!');
    expect(censorText(text, rules)).toHaveLength(text.length);
  });

  it('keeps whitespace inside a phrase and masks one per visible character', () => {
    const rules = [rule('stupid idiot', 'CENSOR'), rule('café', 'CENSOR')];
    expect(censorText('a stupid  idiot and a cafe\u0301.', rules)).toBe(
      'a ******  ***** and a ****.',
    );
  });

  it('masks a word split by invisible characters, leaving them out of the mask', () => {
    expect(censorText('you block\u200Bme!', [rule('blockme', 'CENSOR')])).toBe('you *******!');
  });

  it('merges overlapping matches and accepts another mask', () => {
    const rules = [rule('stupid idiot', 'CENSOR'), rule('idiot', 'CENSOR')];
    expect(censorText('stupid idiot!', rules, '•')).toBe('•••••• •••••!');
  });

  it('returns the text unchanged when nothing matches', () => {
    const text = 'Nothing to see here, class.';
    expect(censorText(text, [rule('ass', 'CENSOR')])).toBe(text);
  });
});
