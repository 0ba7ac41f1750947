import type { ParsedArticle } from './parsed-article';

/** Test helper: every span of a parsed article points at exactly its text in the body. */
export function expectConsistentSpans(article: ParsedArticle): void {
  const { body } = article;
  for (const section of article.sections) {
    expect(body.slice(section.start, section.end)).toBe(section.heading);
  }
  let previousEnd = 0;
  for (const paragraph of article.paragraphs) {
    expect(body.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    expect(paragraph.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = paragraph.end;
    expect(paragraph.sentences.length).toBeGreaterThan(0);
    for (const sentence of paragraph.sentences) {
      expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
      expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
    }
    if (paragraph.sectionIndex !== null) {
      expect(article.sections[paragraph.sectionIndex].end).toBeLessThan(paragraph.start);
    }
  }
  const blocks = [
    ...article.sections.map((s) => s.heading),
    ...article.paragraphs.map((p) => p.text),
  ];
  expect(blocks.reduce((n, text) => n + text.length, 0) + (blocks.length - 1) * 2).toBe(
    body.length,
  );
}
