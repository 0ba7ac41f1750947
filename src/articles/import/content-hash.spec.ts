import { articleKey, contentHash } from './content-hash';
import { parseArticle } from './parse-article';

describe('contentHash', () => {
  it('is the sha256 hex of the text', () => {
    expect(contentHash('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(contentHash('abc')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('articleKey', () => {
  const parse = (text: string) => parseArticle({ text, format: 'TEXT' });

  it('is the same for the same article written with different whitespace and emphasis', () => {
    const plain = parse('Council backs tram\n\nThe council voted for the tram. It was close.');
    const noisy = parse(
      'Council backs tram\n\n\n  The **council**   voted for the tram.  It was close.  \n',
    );
    expect(noisy.body).not.toBe(plain.body); // the body is kept as written
    expect(articleKey(noisy)).toBe(articleKey(plain));
  });

  it('differs when the headline changed', () => {
    const before = parse('Council backs tram\n\nThe council voted for the tram. It was close.');
    const after = parse('Council rejects tram\n\nThe council voted for the tram. It was close.');
    expect(articleKey(after)).not.toBe(articleKey(before));
  });
});
