import { contentHash } from './content-hash';
import { parseArticle } from './parse-article';

describe('contentHash', () => {
  it('is the sha256 hex of the body', () => {
    expect(contentHash('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(contentHash('abc')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for the same article written with different whitespace and emphasis', () => {
    const plain = parseArticle({
      text: 'Title\n\nThe council voted. It was close.',
      format: 'TEXT',
    });
    const noisy = parseArticle({
      text: 'Title\n\n\n  The **council**   voted.  It was close.  \n',
      format: 'TEXT',
    });
    expect(contentHash(noisy.body)).toBe(contentHash(plain.body));
  });
});
