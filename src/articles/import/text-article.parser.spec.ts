import { parseTextArticle } from './text-article.parser';

describe('parseTextArticle', () => {
  it('joins hard-wrapped lines but keeps one paragraph per line otherwise', () => {
    const article = parseTextArticle(
      'Council backs tram line\n\nThe council voted on Tuesday to extend the line to the\nnorthern suburbs, ending years of debate.\nCritics said the cost was too high.\n',
    );
    expect(article.title).toBe('Council backs tram line');
    expect(article.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'The council voted on Tuesday to extend the line to the northern suburbs, ending years of debate.',
      },
      { kind: 'paragraph', text: 'Critics said the cost was too high.' },
    ]);
  });

  it('treats a bold line as a heading but keeps every character of every line as written', () => {
    const article = parseTextArticle(
      'The council voted on Tuesday to extend the tram line to the northern suburbs after years of debate.\n**What critics say**\nCritics called it a *waste* of [public money](https://example.org) and snake_case stays.\n',
    );
    expect(article.title).toBeNull();
    expect(article.blocks.map((b) => [b.kind, b.text])).toEqual([
      [
        'paragraph',
        'The council voted on Tuesday to extend the tram line to the northern suburbs after years of debate.',
      ],
      ['heading', '**What critics say**'],
      [
        'paragraph',
        'Critics called it a *waste* of [public money](https://example.org) and snake_case stays.',
      ],
    ]);
  });

  it.each([
    ['asterisks', 'We know that 2*3*4 is 24, as the teacher said.'],
    ['underscores', 'Python calls __init__ when it builds an object.'],
    ['brackets', 'The footnote reads [1](2) in the original print.'],
    ['double spaces', 'The vote was close.  The mayor said so.'],
    ['a thin space', 'The fee rose to 1\u2009000 euros this year.'],
    ['a no-break space', 'The fee rose to 1\u00a0000 euros this year.'],
  ])('keeps %s exactly (Markdown is only read in the MARKDOWN format)', (_label, line) => {
    const article = parseTextArticle(`Council notes\n\n${line}\n`);
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: line }]);
  });

  it('does not make headings of a run of short lines, a dateline or a closing line', () => {
    const article = parseTextArticle(
      'Tram line approved\n\nMonday, March 4, 2024\n\nNorth Station\nHospital Stop\nCity Hall\n\nThe line opens in 2026.\n\nRead More Stories\n',
    );
    expect(article.publishedAt?.toISOString()).toBe('2024-03-04T00:00:00.000Z');
    expect(article.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('keeps a single line as the body rather than as a title', () => {
    const article = parseTextArticle('Short note without a full stop');
    expect(article.title).toBeNull();
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Short note without a full stop' }]);
  });

  it('keeps a "By …" line near the top as the byline and out of the body, and no later one', () => {
    const article = parseTextArticle(
      'Why the tram levy is a mistake\n\nBy Jane Doe and Sam Roe, Transport Writers\n\nI think the levy is wrong.\n\nBy Friday\n\nThe council should drop it.\n',
    );
    expect(article.title).toBe('Why the tram levy is a mistake');
    expect(article.byline).toBe('Jane Doe and Sam Roe, Transport Writers');
    expect(article.blocks.map((b) => b.text)).toEqual([
      'I think the levy is wrong.',
      'By Friday',
      'The council should drop it.',
    ]);
  });

  it('does not take a sentence opening with "By" as the byline', () => {
    const article = parseTextArticle(
      'Tram line approved\n\nBy Tuesday the council had voted for the tram.\n\nWork starts in May.\n',
    );
    expect(article.byline).toBeNull();
    expect(article.blocks[0].text).toBe('By Tuesday the council had voted for the tram.');
  });

  it('takes a first line of a question kicker and the news for the headline', () => {
    const article = parseTextArticle(
      'Free buses for pupils? Kelby council backs a trial\n\nThe council voted on Tuesday to run free buses for a year.\n',
    );
    expect(article.title).toBe('Free buses for pupils? Kelby council backs a trial');
    expect(article.blocks.map((b) => b.text)).toEqual([
      'The council voted on Tuesday to run free buses for a year.',
    ]);
  });

  it('takes a first line of two short sentences ending on a full stop for the headline', () => {
    const article = parseTextArticle(
      'The agency wants to ban another plant. Researchers say the plan is ‘insane.’\n\n' +
        'The Kelby Drug Agency has received a torrent of backlash after announcing plans to ban kratom.\n',
    );
    expect(article.title).toBe(
      'The agency wants to ban another plant. Researchers say the plan is ‘insane.’',
    );
    expect(
      parseTextArticle(
        'Cloud seeding? Not in our skies, say farmers.\n\nScientists are studying whether spraying particles into clouds brings rain.\n',
      ).title,
    ).toBe('Cloud seeding? Not in our skies, say farmers.');
    // A first paragraph of two sentences longer than the next is the story's opening, not its headline.
    const opening = parseTextArticle(
      'The council met on Monday night. It voted to close the library.\n\nThe vote was 5-4.\n',
    );
    expect(opening.title).toBeNull();
    expect(opening.blocks[0].text).toBe(
      'The council met on Monday night. It voted to close the library.',
    );
  });

  it("takes a first line opening on a campaign's hashtag for the headline", () => {
    expect(
      parseTextArticle(
        '#NoToBusPhaseout: Transport strikes may be inconvenient\n\nDrivers went on strike for a week against the plan.\n',
      ).title,
    ).toBe('#NoToBusPhaseout: Transport strikes may be inconvenient');
  });

  it("takes a first line opening on a medium's rubric in brackets for the headline", () => {
    expect(
      parseTextArticle(
        '[WATCH] Kelby: Ridge climb to be banned from October\n\nThe park board said the climb would close for good.\n',
      ).title,
    ).toBe('[WATCH] Kelby: Ridge climb to be banned from October');
    expect(
      parseTextArticle(
        '[1] Council to close the library\n\nIt voted on Monday to close the library.\n',
      ).title,
    ).toBeNull();
  });

  it('takes a first line that ends on an abbreviation for the headline', () => {
    const article = parseTextArticle(
      'Teens barred from Kelby mall after 6 p.m.\n\nThe Kelby Centre decided to ban unaccompanied minors after 6 p.m. from Friday.\n',
    );
    expect(article.title).toBe('Teens barred from Kelby mall after 6 p.m.');
  });

  it("takes a first line that ends on a place's initials for the headline, and leaves it out of the body", () => {
    const article = parseTextArticle(
      "'We won't do this': Reactions to Policy 12 changes spread beyond N.B.\n\nWith the fallout of the changes still unknown, reactions have spread far beyond the province.\n",
    );
    expect(article.title).toBe(
      "'We won't do this': Reactions to Policy 12 changes spread beyond N.B.",
    );
    expect(article.blocks.map((b) => b.text).join('\n')).not.toMatch(/beyond N\.B\./);
  });
});
