import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectConsistentSpans } from './expect-consistent-spans';
import { parseArticle } from './parse-article';

const DATA = join(__dirname, '..', '..', '..', 'data');

interface GoldClaim {
  quote: string;
}
interface GoldArticle {
  file: string;
  title: string | null;
  section_headings?: string[];
  pro: GoldClaim[];
  con: GoldClaim[];
}

const readData = (path: string) => readFileSync(join(DATA, path), 'utf8');

describe('parseArticle on the seed article (TEXT, no headline)', () => {
  const gold = JSON.parse(readData('seed-article.gold.json')) as GoldArticle;
  const article = parseArticle({ text: readData('seed-article.txt'), format: 'TEXT' });

  it('derives a readable title from the lede and keeps the lede in the body', () => {
    expect(article.titleDerived).toBe(true);
    expect(article.title).toBe(
      'The Trump administration is taking a bold step in its ongoing battle against sanctuary city policies',
    );
    expect(article.title.length).toBeLessThanOrEqual(100);
    expect(article.paragraphs[0].text).toMatch(/^The Trump administration is taking a bold step/);
    expect(article.paragraphs[0].sectionIndex).toBeNull();
  });

  it('finds exactly the four section headings, in order', () => {
    expect(article.sections.map((s) => s.heading)).toEqual(gold.section_headings);
    expect(article.sections.map((s) => s.heading)).toEqual([
      'DOJ’s Tough Stance on Immigration',
      'Sanctuary Cities in the Crosshairs',
      'Legal Challenges on the Horizon',
      'What’s Next?',
    ]);
  });

  it('keeps the Markdown-looking emphasis as written: TEXT is not Markdown', () => {
    expect(article.body).toContain('provide **sanctuary protections** for undocumented immigrants');
  });

  it('keeps every gold quote verbatim in the body', () => {
    for (const claim of [...gold.pro, ...gold.con]) expect(article.body).toContain(claim.quote);
  });

  it('places each paragraph in the section under whose heading it stands', () => {
    const sectionOf = (start: string) =>
      article.paragraphs.find((p) => p.text.startsWith(start))?.sectionIndex;
    expect(sectionOf('According to a recently surfaced')).toBeNull();
    expect(sectionOf('The three-page memo')).toBe(0);
    expect(sectionOf('While proponents argue')).toBe(1);
    expect(sectionOf('Legal experts predict')).toBe(2);
    expect(sectionOf('Stay tuned')).toBe(3);
  });

  it('splits paragraphs into sentences', () => {
    const memo = article.paragraphs.find((p) => p.text.startsWith('The three-page memo'));
    expect(memo?.sentences.map((s) => s.text)).toEqual([
      'The three-page memo reveals that the administration has been carefully crafting legal strategies to ensure these policies hold up against potential court challenges.',
      '“Federal law prohibits state and local actors from resisting, obstructing, and otherwise failing to comply with lawful immigration-related commands and requests,” the document states.',
    ]);
  });

  it('has consistent spans and no byline or date of its own', () => {
    expectConsistentSpans(article);
    expect(article.byline).toBeNull();
    expect(article.publishedAt).toBeNull();
  });
});

describe('parseArticle on the Wikinews corpus (TEXT, headline first)', () => {
  const gold = JSON.parse(readData('articles/gold.json')) as GoldArticle[];

  it('has fifteen annotated articles', () => {
    expect(gold).toHaveLength(15);
  });

  describe.each(gold.map((entry) => [entry.file, entry] as const))('%s', (file, entry) => {
    const text = readData(`articles/${file}`);
    const article = parseArticle({ text, format: 'TEXT' });

    it('takes the headline on the first line as the title, outside the body', () => {
      expect(text.split('\n')[0]).toBe(entry.title);
      expect(article.title).toBe(entry.title);
      expect(article.titleDerived).toBe(false);
      expect(article.body.startsWith(entry.title ?? '')).toBe(false);
    });

    it('keeps every gold quote verbatim in the body', () => {
      for (const claim of [...entry.pro, ...entry.con]) expect(article.body).toContain(claim.quote);
    });

    it('keeps the dateline as the first paragraph and as the publication date', () => {
      const dateline = text.split('\n')[2];
      if (!/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, /u.test(dateline)) {
        // The 2020 articles have no dateline: no date is made up from the first paragraph.
        expect(article.publishedAt).toBeNull();
        return;
      }
      expect(article.paragraphs[0].text).toBe(dateline);
      expect(article.publishedAt?.toISOString().slice(0, 10)).toBe(
        new Date(`${dateline} UTC`).toISOString().slice(0, 10),
      );
    });

    it('has one paragraph per source paragraph, no headings and consistent spans', () => {
      const sourceParagraphs = text
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '' && !line.startsWith('██'));
      expect(article.paragraphs.map((p) => p.text)).toEqual(
        sourceParagraphs.map((line) => line.trim()),
      );
      expect(article.sections).toEqual([]);
      expectConsistentSpans(article);
    });
  });

  it('drops map legend entries but keeps the article prose', () => {
    const article = parseArticle({
      text: readData('articles/02-us-syria-troop-withdrawal.txt'),
      format: 'TEXT',
    });
    expect(article.body).not.toContain('██');
    expect(article.body).not.toContain('Tahrir al-Sham');
    expect(article.paragraphs[1].text).toMatch(/^Late on Sunday, the United States President/);
  });

  it('keeps the double spaces between sentences, like every other character of a line', () => {
    const text = readData('articles/04-tunisia-niqab-ban.txt');
    const article = parseArticle({ text, format: 'TEXT' });
    expect(text).toMatch(/\. {2}\p{Lu}/u);
    expect(article.body).toMatch(/\. {2}\p{Lu}/u);
  });
});
