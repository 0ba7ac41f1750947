import { expectConsistentSpans } from './expect-consistent-spans';
import { parseArticle } from './parse-article';

const MARKDOWN = `# Council approves the northern tram line

The city council voted on Tuesday to **extend the tram line** to the northern suburbs, ending a
debate that has lasted for _years_. Supporters said it would cut traffic.

## What supporters say

- The line would take *thousands* of cars off the road.
- It links the hospital to the [central station](https://example.org/station "Station").

Opposition
----------

Critics argue the cost — “200 million euros” — is too high. They want \`more buses\` instead.

> Buses would do the same job for a tenth of the price.

\`\`\`
route: north
stops: 12
\`\`\`
`;

describe('parseArticle on Markdown', () => {
  const article = parseArticle({ text: MARKDOWN, format: 'MARKDOWN' });

  it('takes the top-level heading as the title, outside the body', () => {
    expect(article.title).toBe('Council approves the northern tram line');
    expect(article.titleDerived).toBe(false);
    expect(article.body).not.toContain('Council approves');
  });

  it('turns ATX and Setext headings into sections', () => {
    expect(article.sections.map((s) => s.heading)).toEqual(['What supporters say', 'Opposition']);
  });

  it('makes paragraphs of paragraphs, list items, quotes and code, without markup', () => {
    expect(article.paragraphs.map((p) => [p.sectionIndex, p.text])).toEqual([
      [
        null,
        'The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a debate that has lasted for years. Supporters said it would cut traffic.',
      ],
      [0, 'The line would take thousands of cars off the road.'],
      [0, 'It links the hospital to the central station.'],
      [
        1,
        'Critics argue the cost — “200 million euros” — is too high. They want more buses instead.',
      ],
      [1, 'Buses would do the same job for a tenth of the price.'],
      [1, 'route: north stops: 12'],
    ]);
    expect(article.body).not.toMatch(/[*_`#>[\]]|https?:/);
  });

  it('splits sentences and keeps spans consistent', () => {
    expect(article.paragraphs[0].sentences.map((s) => s.text)).toEqual([
      'The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a debate that has lasted for years.',
      'Supporters said it would cut traffic.',
    ]);
    expectConsistentSpans(article);
  });

  it('derives the title from the lede when there is no top-level heading', () => {
    const untitled = parseArticle({
      text: 'Voters in the northern district backed the tram line by a wide margin on Sunday, officials said.\n\n## Next steps\n\nConstruction starts in May.',
      format: 'MARKDOWN',
    });
    expect(untitled.titleDerived).toBe(true);
    expect(untitled.title).toBe(
      'Voters in the northern district backed the tram line by a wide margin on Sunday',
    );
    expect(untitled.paragraphs[0].text).toMatch(/^Voters in the northern district/);
    expect(untitled.sections.map((s) => s.heading)).toEqual(['Next steps']);
  });

  it('keeps a "By …" line under the headline as the byline, out of the body', () => {
    const withByline = parseArticle({
      text: '# Tram levy is a mistake\n\nBy **Jane Doe**\n\nI think the *levy* is wrong.\n\nThe council should drop it.\n',
      format: 'MARKDOWN',
    });
    expect(withByline.byline).toBe('Jane Doe');
    expect(withByline.body).toBe('I think the levy is wrong.\n\nThe council should drop it.');
    expectConsistentSpans(withByline);
  });

  it('reads a blog export: front matter, a picture on its own line, a reading time, footnotes', () => {
    const exported = parseArticle({
      text: [
        '---',
        'title: "Should the town scrap parking minimums?"',
        'authors: [Dana Whitfield, Omar Reyes]',
        'date: 2026-04-02',
        'tags: [housing, parking]',
        '---',
        '',
        '# Should the town scrap parking minimums?',
        '',
        '*By Dana Whitfield · 6 min read*',
        '',
        '![A half-empty car park](https://example.org/carpark.jpg)',
        '',
        'Every new flat must come with a parking space, under rules from 1974.[^1] The council decides next month.',
        '',
        '[^1]: Local Plan 1974, section 12.',
      ].join('\n'),
      format: 'MARKDOWN',
    });
    expect(exported.title).toBe('Should the town scrap parking minimums?');
    expect(exported.byline).toBe('Dana Whitfield and Omar Reyes');
    expect(exported.publishedAt?.toISOString()).toBe('2026-04-02T00:00:00.000Z');
    expect(exported.body).toBe(
      'Every new flat must come with a parking space, under rules from 1974. The council decides next month.\n\nLocal Plan 1974, section 12.',
    );
    expectConsistentSpans(exported);
  });

  it('takes an opening rule with no fields for a rule, not front matter', () => {
    const ruled = parseArticle({
      text: '---\n\nThe council voted to ban cars from the centre.\n\n---\n\nShops oppose it.\n',
      format: 'MARKDOWN',
    });
    expect(ruled.body).toBe('The council voted to ban cars from the centre.\n\nShops oppose it.');
  });
});
