import { cleanByline, isBylineLine } from './byline';

describe('cleanByline', () => {
  it.each([
    ['<a href="/staff/ana">Ana Pérez</a>', 'Ana Pérez'],
    ['By  Jane Doe ', 'Jane Doe'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['https://example.org/staff/jane', null],
    ['<span></span>', null],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanByline(raw)).toBe(clean);
  });
});

describe('isBylineLine', () => {
  it('takes a short "By Name" line near the top as the byline', () => {
    expect(isBylineLine('By Jane Doe and John Roe, Health Correspondents', 0)).toBe(true);
    expect(isBylineLine('By J. R. Smith', 1)).toBe(true);
  });

  it('takes a name with the writer’s role near the top as the byline, without "By"', () => {
    expect(isBylineLine('Lucy Adair Education correspondent', 0)).toBe(true);
    expect(isBylineLine('Sam Roe, Senior Political Editor', 1)).toBe(true);
    // A sentence about an editor, or a name with no role, is article text.
    expect(isBylineLine('Sam Roe, the editor, resigned on Monday.', 0)).toBe(false);
    expect(isBylineLine('Sam Roe, the editor, resigned', 0)).toBe(false);
    expect(isBylineLine('Sam Roe said the plan would fail', 0)).toBe(false);
  });

  it('keeps sentences, lines further down and lower-case "by" as article text', () => {
    expect(isBylineLine('By Tuesday the council had voted for the tram.', 0)).toBe(false);
    expect(isBylineLine('By Jane Doe', 5)).toBe(false);
    expect(isBylineLine('by the river the houses flooded', 0)).toBe(false);
  });
});
