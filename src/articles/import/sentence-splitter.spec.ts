import { splitSentences } from './sentence-splitter';

describe('splitSentences', () => {
  it('splits on sentence ends but not on abbreviations, with exact offsets', () => {
    const text =
      'Term limits offer a solution to what we see in Washington, D.C. It is long past time. "Will they act?" she asked.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Term limits offer a solution to what we see in Washington, D.C.',
      'It is long past time.',
      '"Will they act?" she asked.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns the whole text when it has no sentence end', () => {
    expect(splitSentences('What’s Next')).toEqual([{ start: 0, end: 11, text: 'What’s Next' }]);
  });
});
