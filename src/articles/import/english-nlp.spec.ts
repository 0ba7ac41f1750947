import { englishNlp, withoutLongRuns } from './english-nlp';
import { splitSentences } from './sentence-splitter';

describe('the shared wink-nlp instance', () => {
  afterEach(() => jest.useRealTimers());

  it('is shared while in use and let go after a minute unused', () => {
    jest.useFakeTimers();
    const first = englishNlp();
    jest.advanceTimersByTime(50_000);
    expect(englishNlp()).toBe(first); // used again: the minute starts over
    jest.advanceTimersByTime(50_000);
    expect(englishNlp()).toBe(first);
    jest.advanceTimersByTime(61_000);
    const next = englishNlp();
    expect(next).not.toBe(first);
    expect(next.readDoc('It works. Twice.').sentences().length()).toBe(2);
  });
});

describe('withoutLongRuns', () => {
  it('cuts a run of non-space characters longer than 128, keeping the length and the rest', () => {
    const text = `The board said ${'a'.repeat(300)} and ${'*'.repeat(129)} twice. Fine.`;
    const cut = withoutLongRuns(text);
    expect(cut).toHaveLength(text.length);
    expect(cut.match(/\S+/gu)!.every((run) => run.length <= 128)).toBe(true);
    // Only characters inside the long runs changed, each to a space.
    const changed = [...cut].flatMap((c, i) => (c === text[i] ? [] : [text[i]]));
    expect(changed).toHaveLength(3); // 300 → 128 + 1 + 128 + 1 + 42; 129 → 128 + 1
    expect(new Set(changed)).toEqual(new Set(['a', '*']));
    expect(withoutLongRuns('Nothing long here.')).toBe('Nothing long here.');
  });

  it('never splits a character written as two code units', () => {
    const text = '😀'.repeat(200);
    const cut = withoutLongRuns(text);
    expect(cut).toHaveLength(text.length);
    expect(cut.replace(/ /gu, '')).toMatch(/^(?:😀)+$/u);
  });

  it('leaves sentence offsets pointing into the original text', () => {
    const text = `It began. ${'x'.repeat(500)} was typed by a cat. It ended.`;
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.text)).toContain('It ended.');
  });
});
