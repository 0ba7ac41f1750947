import { englishNlp } from './english-nlp';

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
