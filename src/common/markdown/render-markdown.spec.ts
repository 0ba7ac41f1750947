import { renderMarkdown } from './render-markdown';
import { markdownNestingDepth } from './nesting-depth';

const ALLOWED_TAGS = new Set(
  'p br strong em del code pre blockquote ul ol li a h3 h4 h5 h6 hr table thead tbody tr th td'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'start', 'align', 'class']);

/** Every tag in the output, with its attributes: the checks look at markup, not at text. */
function tagsOf(html: string): { name: string; attributes: Record<string, string> }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map(([, name, rest]) => ({
    name: name.toLowerCase(),
    attributes: Object.fromEntries(
      [...rest.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [
        key.toLowerCase(),
        value ?? '',
      ]),
    ),
  }));
}

function expectSafe(html: string) {
  for (const tag of tagsOf(html)) {
    expect(ALLOWED_TAGS).toContain(tag.name);
    for (const [name, value] of Object.entries(tag.attributes)) {
      expect(ALLOWED_ATTRIBUTES).toContain(name);
      // Links are absolute http(s)/mailto or site-relative; never another scheme or `//host`.
      if (name === 'href') expect(value).toMatch(/^(https?:|mailto:|\/(?!\/))/i);
    }
  }
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('**bold**, *it* and ~~gone~~')).toBe(
      '<p><strong>bold</strong>, <em>it</em> and <del>gone</del></p>',
    );
    expect(renderMarkdown('- a\n- b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    expect(renderMarkdown('3. c\n4. d')).toBe('<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>');
    expect(renderMarkdown('Use `a < b` here')).toBe('<p>Use <code>a &lt; b</code> here</p>');
    expect(renderMarkdown('```ts\nconst x = 1 < 2;\n```')).toBe(
      '<pre><code class="language-ts">const x = 1 &lt; 2;\n</code></pre>',
    );
    expect(renderMarkdown('> quoted')).toBe('<blockquote>\n<p>quoted</p>\n</blockquote>');
    expect(renderMarkdown('a\n\n---\n\nb')).toBe('<p>a</p>\n<hr />\n<p>b</p>');
    expect(renderMarkdown('line  \nbreak')).toBe('<p>line<br />break</p>');
  });

  it('renders links with rel="nofollow ugc noopener" and no target', () => {
    expect(renderMarkdown('[site](https://example.com "Example")')).toBe(
      '<p><a href="https://example.com" title="Example" rel="nofollow ugc noopener">site</a></p>',
    );
    expect(renderMarkdown('see www.example.com')).toBe(
      '<p>see <a href="http://www.example.com" rel="nofollow ugc noopener">www.example.com</a></p>',
    );
    expect(renderMarkdown('<me@example.com>')).toBe(
      '<p><a href="mailto:me@example.com" rel="nofollow ugc noopener">me@example.com</a></p>',
    );
    expect(renderMarkdown('[thread](/threads/42)')).toBe(
      '<p><a href="/threads/42" rel="nofollow ugc noopener">thread</a></p>',
    );
  });

  it('moves headings down two levels', () => {
    expect(renderMarkdown('# A\n## B\n### C\n#### D\n###### F')).toBe(
      '<h3>A</h3>\n<h4>B</h4>\n<h5>C</h5>\n<h6>D</h6>\n<h6>F</h6>',
    );
  });

  it('renders tables with alignment only', () => {
    expect(renderMarkdown('| a | b |\n|:-:|--|\n| 1 | 2 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="center">a</th>\n<th>b</th>\n</tr>\n</thead>\n' +
        '<tbody><tr>\n<td align="center">1</td>\n<td>2</td>\n</tr>\n</tbody></table>',
    );
  });

  it('turns images into links and task boxes into text', () => {
    expect(renderMarkdown('![a chart](https://example.com/c.png)')).toBe(
      '<p><a href="https://example.com/c.png" rel="nofollow ugc noopener">a chart</a></p>',
    );
    expect(renderMarkdown('- [x] done\n- [ ] todo')).toBe(
      '<ul>\n<li>[x] done</li>\n<li>[ ] todo</li>\n</ul>',
    );
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    expect(renderMarkdown('use <b>bold</b> & <div> tags')).toBe(
      '<p>use &lt;b&gt;bold&lt;/b&gt; &amp; &lt;div&gt; tags</p>',
    );
    expect(renderMarkdown('<div onclick="x()">\nblock\n</div>')).toBe(
      '<p>&lt;div onclick="x()"&gt;\nblock\n&lt;/div&gt;</p>',
    );
  });

  it.each([
    ['<script>alert(1)</script>hi'],
    ['<img src=x onerror=alert(1)>'],
    ['[x](javascript:alert(1))'],
    ['[x](JaVaScRiPt:alert(1))'],
    ['[x](java&#x09;script:alert(1))'],
    ['[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['[x](//evil.example/path)'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['<iframe src="https://evil.example"></iframe>'],
    ['<svg onload=alert(1)>'],
    ['<p style="color:red" onclick="x()">p</p>'],
    ['<style>body{display:none}</style>'],
    ['![x](javascript:alert(1))'],
    ['![x](https://example.com/a.png" onerror="alert(1))'],
    ['[x](https://example.com "a\\" onmouseover=\\"alert(1)")'],
    ['<a href="https://ok.example" target="_blank" rel="opener">x</a>'],
    ['*<img src=x onerror=alert(1)>*'],
    ['`x`<script>alert(1)</script>'],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ['[a](<javascript:alert(1)>)'],
    ['<javascript:alert(1)>'],
  ])('neutralises %s', (input) => {
    const html = renderMarkdown(input);
    expectSafe(html);
    expect(html).not.toMatch(/<(script|img|iframe|svg|style|math)\b/i);
  });

  it('drops unsafe link targets but keeps the link text', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe(
      '<p><a rel="nofollow ugc noopener">x</a></p>',
    );
    expect(renderMarkdown('<script>alert(1)</script>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('shows text nested deeper than it reads as written, escaped, instead of failing', () => {
    // 2,000 ">" overflowed marked's stack: an internal error for the poster.
    const deep = `${'>'.repeat(1990)} <b>hi</b>`;
    expect(renderMarkdown(deep)).toBe(`<p>${'&gt;'.repeat(1990)} &lt;b&gt;hi&lt;/b&gt;</p>`);
    const mixed = `${'> - '.repeat(40)}x\n\nSecond *paragraph*`;
    expect(renderMarkdown(mixed)).toBe(
      `<p>${'&gt; - '.repeat(40)}x</p>\n<p>Second *paragraph*</p>`,
    );
  });

  it('still renders nesting up to 32 levels as Markdown', () => {
    const html = renderMarkdown(`${'> '.repeat(32)}deep`);
    expect(html.match(/<blockquote>/gu)).toHaveLength(32);
    expect(renderMarkdown(`${'> '.repeat(33)}deeper`)).not.toContain('<blockquote>');
  });
});

describe('markdownNestingDepth', () => {
  it.each([
    ['plain text', 0],
    ['> a quotation', 1],
    ['> > - > a list in quotations', 4],
    ['- one\n    - two\n        - three', 3],
    ['1. first\n2) second', 1],
    ['-not a list', 0],
  ])('reads %j as %i deep', (markdown, depth) => {
    expect(markdownNestingDepth(markdown)).toBe(depth);
  });
});
