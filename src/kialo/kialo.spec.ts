import { formatKialo } from './format-kialo';
import { KialoDocument } from './kialo-tree';
import { KialoFormatError, parseKialo } from './parse-kialo';

/** Canonical: depth 4, a backward and a forward link, multi-line claims, lists, unicode. */
const DOC = `Discussion Title: Should cities ban cars from their centres?

1. Cities should ban private cars from their centres.
1.1. Pro: Cleaner air saves lives.
1.1.1. Con: Electric cars already cut exhaust.
1.1.1.1. Pro: Tyres and brakes still pollute —
even electric ones.

See the 2020 OECD report.
1.1.1.2. Con: -> See 1.3.
1.1.2. Pro: Fewer accidents:
1. fewer cars
2. slower traffic
1.2. Con: Deliveries and disabled people need access.
1.2.1. Pro: -> See 1.1.1.
1.2.2. Con: Access permits solve this 🚲
1.3. Pro: Städte gewinnen öffentlichen Raum zurück.
1.4. Con: 东京的经验表明 — «не всё так просто» — ουδέποτε; مدينة
`;

const parseError = (text: string): KialoFormatError => {
  try {
    parseKialo(text);
  } catch (e) {
    if (e instanceof KialoFormatError) return e;
    throw e;
  }
  throw new Error('expected a KialoFormatError');
};

describe('Kialo plain-text interchange', () => {
  it('parses titles, claims, multi-line text and links', () => {
    const doc = parseKialo(DOC);
    expect(doc.title).toBe('Should cities ban cars from their centres?');
    expect(doc.thesis).toBe('Cities should ban private cars from their centres.');
    expect(doc.claims.map((c) => c.path.join('.'))).toEqual([
      '1.1',
      '1.1.1',
      '1.1.1.1',
      '1.1.1.2',
      '1.1.2',
      '1.2',
      '1.2.1',
      '1.2.2',
      '1.3',
      '1.4',
    ]);
    expect(doc.claims[2]).toEqual({
      path: [1, 1, 1, 1],
      side: 'PRO',
      text: 'Tyres and brakes still pollute —\neven electric ones.\n\nSee the 2020 OECD report.',
    });
    expect(doc.claims[3]).toEqual({ path: [1, 1, 1, 2], side: 'CON', linkTo: [1, 3] });
    expect(doc.claims[4]).toMatchObject({
      text: 'Fewer accidents:\n1. fewer cars\n2. slower traffic',
    });
    expect(doc.claims[6]).toEqual({ path: [1, 2, 1], side: 'PRO', linkTo: [1, 1, 1] });
    expect(doc.claims[9]).toEqual({
      path: [1, 4],
      side: 'CON',
      text: '东京的经验表明 — «не всё так просто» — ουδέποτε; مدينة',
    });
  });

  it('formats back to the same text, and export → import → export is stable', () => {
    const once = formatKialo(parseKialo(DOC));
    expect(once).toBe(DOC);
    expect(formatKialo(parseKialo(once))).toBe(DOC);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    expect(formatKialo(parseKialo(DOC.replace(/\n/g, '\r\n')))).toBe(DOC);
    expect(formatKialo(parseKialo(`\uFEFF${DOC}`))).toBe(DOC);
  });

  it('orders children by path whatever the order of the claims array', () => {
    const doc = parseKialo(DOC);
    expect(formatKialo({ ...doc, claims: [...doc.claims].reverse() })).toBe(DOC);
  });

  it('indents a text line that would read as a claim, so the export can be imported', () => {
    const doc: KialoDocument = {
      title: 'T',
      thesis: 'A thesis',
      claims: [{ path: [1, 1], side: 'CON', text: 'Quoting the outline:\n1.2. Pro: something' }],
    };
    const text = formatKialo(doc);
    expect(text).toBe(
      'Discussion Title: T\n\n1. A thesis\n1.1. Con: Quoting the outline:\n 1.2. Pro: something\n',
    );
    expect(formatKialo(parseKialo(text))).toBe(text);
  });

  it('ends the output with exactly one newline and joins lines with \\n', () => {
    const text = formatKialo({ title: 'T', thesis: 'Only a thesis', claims: [] });
    expect(text).toBe('Discussion Title: T\n\n1. Only a thesis\n');
  });

  const H = 'Discussion Title: x\n\n1. thesis\n';
  it.each([
    ['missing title line', 'Title: x\n\n1. t\n', 1, /expected "Discussion Title: <title>"/],
    ['empty input', '', 1, /Discussion Title/],
    ['empty title', 'Discussion Title:  \n\n1. t\n', 1, /title is empty/],
    ['no blank line after the title', 'Discussion Title: x\n1. t\n', 2, /blank line/],
    ['missing thesis', 'Discussion Title: x\n\n', 3, /thesis as "1\. <text>"/],
    ['thesis without its number', 'Discussion Title: x\n\nthesis\n', 3, /thesis/],
    ['empty thesis', 'Discussion Title: x\n\n1.  \n1.1. Pro: a\n', 3, /thesis has no text/],
    ['parent not yet seen', `${H}1.1. Pro: a\n1.2.1. Con: orphan\n`, 5, /no parent 1\.2\./],
    [
      'child number skipping',
      `${H}1.1. Pro: a\n1.3. Pro: skipped 1.2\n`,
      5,
      /expected 1\.2\. next/,
    ],
    ['first child not 1', `${H}1.2. Pro: skipped one\n`, 4, /expected 1\.1\. next/],
    [
      'duplicate path',
      `${H}1.1. Pro: a\n1.1. Con: b\n`,
      5,
      /1\.1\. appears twice \(first on line 4\)/,
    ],
    ['path outside the thesis', `${H}2.1. Pro: a\n`, 4, /must start at the thesis/],
    [
      'link to a missing path',
      `${H}1.1. Pro: a\n1.2. Con: -> See 1.9.\n`,
      5,
      /1\.9\., which is not in/,
    ],
    ['link to the thesis', `${H}1.1. Pro: -> See 1.\n`, 4, /not the thesis/],
    ['link to itself', `${H}1.1. Pro: a\n1.2. Pro: -> See 1.2.\n`, 5, /links to itself/],
    ['empty claim text', `${H}1.1. Pro:  \n1.2. Con: b\n`, 4, /claim has no text/],
    ['claim with no text at all', `${H}1.1. Pro: a\n1.2. Con:\n`, 5, /claim has no text/],
    [
      'unknown side',
      `${H}1.1. Maybe: a\n`,
      4,
      /expected "<path>\. Pro: <text>" or "<path>\. Con: <text>"/,
    ],
    ['path without its last dot', `${H}1.1. Pro: a\n1.2 Con: b\n`, 5, /Pro: <text>/],
    ['lower-case side', `${H}1.1. pro: a\n`, 4, /Pro: <text>/],
    ['leading zero', `${H}1.1. Pro: a\n1.02. Con: b\n`, 5, /Pro: <text>/],
    ['text after a link', `${H}1.1. Pro: a\n1.2. Con: -> See 1.1.\nmore words\n`, 6, /Pro: <text>/],
  ])('rejects %s', (_name, text, line, message) => {
    const error = parseError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^Line ${line}: `));
    expect(error.message).toMatch(message);
  });

  it('reports the error with CRLF input on the same line number', () => {
    expect(parseError(`${H}1.1. Pro: a\n1.1. Con: b\n`.replace(/\n/g, '\r\n')).line).toBe(5);
  });
});
