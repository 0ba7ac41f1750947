import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('**bold** and *it*')).toBe(
      '<p><strong>bold</strong> and <em>it</em></p>',
    );
    expect(renderMarkdown('- a\n- b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    expect(renderMarkdown('[site](https://example.com)')).toBe(
      '<p><a href="https://example.com" rel="nofollow ugc noopener">site</a></p>',
    );
  });

  it.each([
    ['<script>alert(1)</script>hi', /<script|alert\(1\)<\/script/],
    ['<img src=x onerror=alert(1)>', /onerror|<img/],
    ['[x](javascript:alert(1))', /javascript:/i],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/],
    ['<svg onload=alert(1)>', /<svg|onload/],
    ['<p style="color:red" onclick="x()">p</p>', /style=|onclick/],
  ])('neutralises %s', (input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden);
  });
});
