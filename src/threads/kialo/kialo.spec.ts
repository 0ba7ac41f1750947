import { formatKialo } from './format-kialo';
import { KialoFormatError } from './kialo-document';
import { parseKialo } from './parse-kialo';

const DOC = `Discussion Title: Should cities ban cars from their centres?

1. Cities should ban private cars from their centres.
1.1. Pro: Cleaner air saves lives.
1.1.1. Con: Electric cars already cut exhaust.
1.1.1.1. Pro: Tyres and brakes still pollute —
even electric ones.
1.2. Con: Deliveries and disabled people need access.
1.2.1. Pro: -> See 1.1.1.
1.3. Pro: Städte gewinnen öffentlichen Raum zurück.
`;

describe('Kialo plain-text interchange', () => {
  it('parses claims, multi-line text and links, and formats back to the same text', () => {
    const doc = parseKialo(DOC);
    expect(doc.title).toBe('Should cities ban cars from their centres?');
    expect(doc.claims).toHaveLength(6);
    expect(doc.claims[2]).toEqual({
      path: [1, 1, 1, 1],
      side: 'PRO',
      text: 'Tyres and brakes still pollute —\neven electric ones.',
    });
    expect(doc.claims[4]).toEqual({ path: [1, 2, 1], side: 'PRO', linkTo: [1, 1, 1] });
    expect(formatKialo(doc)).toBe(DOC);
    expect(formatKialo(parseKialo(DOC.replace(/\n/g, '\r\n')))).toBe(DOC);
  });

  it.each([
    ['Title: x\n\n1. t\n', 1, /Discussion Title/],
    ['Discussion Title: x\n1. t\n', 2, /blank line/],
    ['Discussion Title: x\n\nthesis\n', 3, /thesis/],
    ['Discussion Title: x\n\n1. t\n1.2. Pro: skipped one\n', 4, /expected 1\.1\. next/],
    ['Discussion Title: x\n\n1. t\n1.1. Pro: a\n1.1. Con: b\n', 5, /appears twice/],
    ['Discussion Title: x\n\n1. t\n1.1. Pro: a\n1.2.1. Con: orphan\n', 5, /no parent/],
    [
      'Discussion Title: x\n\n1. t\n1.1. Pro: a\n1.2. Con: -> See 1.9.\n',
      5,
      /not in the discussion/,
    ],
    ['Discussion Title: x\n\n1. t\n1.1. Pro:  \n', 4, /no text/],
    ['Discussion Title: x\n\n1. t\n1.1. Maybe: a\n', 4, /Pro: <text>/],
  ])('rejects %j naming line %i', (text, line, message) => {
    let error: unknown;
    try {
      parseKialo(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KialoFormatError);
    expect((error as KialoFormatError).line).toBe(line);
    expect((error as Error).message).toMatch(message);
  });
});
