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

  it.each([
    // company forms
    ['The deal went to Orszag Ipari Kft. (Orszag Limited) on Friday.', 1],
    ['Baltic Freight Zrt. bought the port.', 1],
    ['The shares of Nordwerk GmbH. fell and Banco Uno S.A. (the lender) paid.', 1],
    ['The site was sold to Acme Ltd. The price was not disclosed.', 2],
    // titles, initials, numbers and months
    ['Prof. Amara Lind and Gov. Reyes met Dr. Okafor at St. Mary. They spoke.', 2],
    ['Resolution No. 2231 was signed on Feb. 3 by Carol T. Banks. It took effect.', 2],
    ['J. Smith said it was wrong. Jones agreed.', 2],
    // a period before a lower-case word never ends a sentence
    ['The firm, Fenwick and Sons plc. said little.', 1],
    // a real end before a bracketed sentence stays an end
    ['The streets close in October. (This report was translated.)', 2],
    // an amount's decimal point, a letter before its digits
    ['The council spent the P389.8-million funds on a beach. Critics objected.', 2],
  ])('keeps abbreviations inside the sentence: %s', (text, count) => {
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(count);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns the whole text when it has no sentence end', () => {
    expect(splitSentences('What’s Next')).toEqual([{ start: 0, end: 11, text: 'What’s Next' }]);
  });
});
