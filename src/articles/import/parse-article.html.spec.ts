import { ArticleInputError } from './article-input.error';
import { expectConsistentSpans } from './expect-consistent-spans';
import { parseArticle } from './parse-article';
import type { ParsedArticle } from './parsed-article';

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <title>Council approves the northern tram line | City Gazette</title>
  <meta property="article:published_time" content="2024-03-05T10:30:00Z">
  <style>.secret-style { content: "STYLE-TEXT"; }</style>
  <script>window.tracker = "SCRIPT-TEXT";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/politics">NAV-TEXT Politics</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Council approves the northern tram line</h1>
    <p class="byline">By <a rel="author" href="/staff/jane">Jane Doe</a></p>
    <time datetime="2024-03-05">5 March 2024</time>
    <p>The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a
       debate that has lasted for years. Supporters said the line would take thousands of cars off
       the road every day.</p>
    <script>document.write("INLINE-SCRIPT-TEXT")</script>
    <h2>Opposition</h2>
    <p>Critics argued that the cost, estimated at 200&nbsp;million euros, was too high for a city
       of this size, and that buses would do the same job for a tenth of the price.</p>
    <ul>
      <li>The first stage opens in 2026.</li>
      <li>The second stage depends on <em>national</em> funding.</li>
    </ul>
    <blockquote><p>“We will keep fighting this,” said one resident of the northern district.</p></blockquote>
  </article>
  <footer>FOOTER-TEXT Copyright City Gazette</footer>
</body>
</html>`;

describe('parseArticle on HTML', () => {
  let article: ParsedArticle;
  beforeAll(() => {
    article = parseArticle({ text: PAGE, format: 'HTML' });
  });

  it('keeps the article text and nothing from scripts, styles, navigation or footer', () => {
    for (const noise of [
      'SCRIPT-TEXT',
      'STYLE-TEXT',
      'NAV-TEXT',
      'FOOTER-TEXT',
      'Home',
      'tracker',
    ]) {
      expect(article.body).not.toContain(noise);
    }
    expect(article.body).toContain('The city council voted on Tuesday to extend the tram line');
  });

  it('keeps title, byline and publication date', () => {
    expect(article.title).toBe('Council approves the northern tram line');
    expect(article.titleDerived).toBe(false);
    expect(article.byline).toBe('Jane Doe');
    expect(article.publishedAt?.toISOString()).toBe('2024-03-05T10:30:00.000Z');
    expect(article.body).not.toContain('Jane Doe');
    expect(article.body).not.toContain('Council approves');
  });

  it('turns headings into sections and p/li/blockquote into paragraphs', () => {
    expect(article.sections.map((s) => s.heading)).toEqual(['Opposition']);
    expect(article.paragraphs.map((p) => [p.sectionIndex, p.text.slice(0, 40)])).toEqual([
      [null, 'The city council voted on Tuesday to ext'],
      [0, 'Critics argued that the cost, estimated '],
      [0, 'The first stage opens in 2026.'],
      [0, 'The second stage depends on national fun'],
      [0, '“We will keep fighting this,” said one r'],
    ]);
    expect(article.paragraphs[1].text).toContain('200 million euros');
    expectConsistentSpans(article);
  });

  it('lets an explicit byline and date win over the page’s own', () => {
    const publishedAt = new Date('2024-03-06T08:00:00Z');
    const overridden = parseArticle({ text: PAGE, format: 'HTML', byline: 'Desk', publishedAt });
    expect(overridden.byline).toBe('Desk');
    expect(overridden.publishedAt).toEqual(publishedAt);
  });

  it('falls back to <time datetime> and a derived title on a bare page', () => {
    const bare = parseArticle({
      text: '<body><p>Residents of the northern district will vote on the tram line in June, the mayor announced.</p><p><time datetime="2024-04-01">1 April</time></p></body>',
      format: 'HTML',
    });
    expect(bare.publishedAt?.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(bare.titleDerived).toBe(true);
    expect(bare.title).toBe(
      'Residents of the northern district will vote on the tram line in June',
    );
  });

  it('leaves out ad slots, links to other stories and calls to subscribe between paragraphs', () => {
    const page = `<html><head><title>Harbour city caps cruise ships</title></head><body><article>
      <h1>Harbour city caps cruise ships</h1>
      <p>The council voted on Thursday to limit cruise ship arrivals to two a day from next summer.</p>
      <div class="ad-slot"><p>Advertisement</p></div>
      <p>The port authority said the cap would cost it about 40 per cent of its income.</p>
      <p><strong>READ MORE:</strong> <a href="/a">Tourism tax plan shelved</a></p>
      <p>Residents can sign up for the consultation on the council website until March.</p>
      <p>Story continues below advertisement</p>
      <p>Sign up for our newsletter to get the latest local news delivered to your inbox.</p>
    </article></body></html>`;
    const parsed = parseArticle({ text: page, format: 'HTML' });
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'The council voted on Thursday to limit cruise ship arrivals to two a day from next summer.',
      'The port authority said the cap would cost it about 40 per cent of its income.',
      'Residents can sign up for the consultation on the council website until March.',
    ]);
    expectConsistentSpans(parsed);
  });

  it('leaves out a box readers fill in, with the blurb around it, and keeps the article around the box', () => {
    const boxes = [
      `<div class="promo"><h4>Sign up to Harbour Today</h4><p>Free daily briefing. The stories that matter in your inbox every morning.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>`,
      `<section><p>Quick poll: should the cap be lower?</p><label><input type="radio" name="q"> Yes</label><label><input type="radio" name="q"> No</label></section>`,
      `<div><p>Get alerts on this story</p><select><option>Daily</option><option>Weekly</option></select></div>`,
    ];
    for (const box of boxes) {
      const page = `<html><head><title>Harbour city caps cruise ships</title></head><body><article><div class="body">
        <h1>Harbour city caps cruise ships</h1>
        <p>The council voted on Thursday to limit cruise ship arrivals to two a day from next summer.</p>
        ${box}
        <p>The port authority said the cap would cost it about 40 per cent of its income, and that it would ask the government to overturn the decision.</p>
        <p>Residents can sign up for the consultation on the council website until March.</p>
      </div></article></body></html>`;
      const parsed = parseArticle({ text: page, format: 'HTML' });
      expect(parsed.paragraphs.map((p) => p.text)).toEqual([
        'The council voted on Thursday to limit cruise ship arrivals to two a day from next summer.',
        'The port authority said the cap would cost it about 40 per cent of its income, and that it would ask the government to overturn the decision.',
        'Residents can sign up for the consultation on the council website until March.',
      ]);
      expectConsistentSpans(parsed);
    }
  });

  it('leaves out a paragraph that is only a link to another story, and a wire story’s credits', () => {
    const page = `<html><head><title>EU backs cutlery ban</title></head><body><article>
      <h1>EU backs cutlery ban</h1>
      <p>BRUSSELS (Reuters) - Lawmakers voted to ban plastic cutlery in restaurants from 2028.</p>
      <p>Read more:</p>
      <p><a href="/x">EU agrees deal to cut packaging waste</a></p>
      <ul><li><a href="/y">Plastic bag charge doubles</a></li><li><a href="/z">Deposit scheme delayed</a></li></ul>
      <p>The <a href="/hotrec">restaurant association</a> said the ban would raise costs.</p>
      <p>(Reporting by Karin Berg; Editing by Alison Williams)</p>
      <p>Associated Press writer Tom Hale contributed to this report.</p>
    </article></body></html>`;
    const parsed = parseArticle({ text: page, format: 'HTML' });
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'BRUSSELS (Reuters) - Lawmakers voted to ban plastic cutlery in restaurants from 2028.',
      'The restaurant association said the ban would raise costs.',
    ]);
    expectConsistentSpans(parsed);
  });

  it('reads captions and sentences that the page sets apart only by its styles', () => {
    const page = `<html><head><title>School week trial</title></head><body><article>
      <h1>School week trial</h1>
      <div><p>Thirty schools will trial a four-day week from September.</p></div>
      <div class="media"><div><span>Image source, Getty Images</span></div><div><span>Image caption, </span>Head teachers say staff shortages are the biggest problem</div></div>
      <div><p><span>Parents' groups warned of childcare costs.</span><span>The union said teachers would not work Fridays unpaid.</span></p></div>
      <div><p>Photograph: Tom Briggs</p></div>
    </article></body></html>`;
    const parsed = parseArticle({ text: page, format: 'HTML' });
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'Thirty schools will trial a four-day week from September.',
      "Parents' groups warned of childcare costs. The union said teachers would not work Fridays unpaid.",
    ]);
    expectConsistentSpans(parsed);
  });

  it("leaves out readers' comments, however their section is marked", () => {
    const article = `<article class="story has-comments">
      <h1>Town pool to open on Sunday mornings</h1>
      <p>Selby council will open the town pool on Sunday mornings from May, after a petition signed by 900 swimmers.</p>
      <p>The leisure chief, Omar Reyes, said early swims would ease the crowds on Saturday afternoons.</p>
      <p>The lifeguards' union said its members had not been asked.</p>
      COMMENTS
    </article>`;
    const comment = (text: string) => `<ol><li><p>PoolFan</p><p>${text}</p></li></ol>`;
    const sections = [
      `<section aria-label="Reader comments">${comment('About time, Sunday is the only day I can swim.')}</section>`,
      `<div class="talk"><h2>Reader comments (2)</h2>${comment('Another waste of our council tax.')}</div>`,
      `<div id="disqus_thread">${comment('Lifeguards deserve a weekend too.')}</div>`,
      `<div><h3>Have your say</h3>${comment('Open it at six, not eight.')}</div>`,
    ];
    for (const section of sections) {
      const page = `<html><head><title>Town pool to open on Sunday mornings</title></head><body>${article.replace('COMMENTS', section)}</body></html>`;
      const parsed = parseArticle({ text: page, format: 'HTML' });
      expect(parsed.paragraphs.map((p) => p.text)).toEqual([
        'Selby council will open the town pool on Sunday mornings from May, after a petition signed by 900 swimmers.',
        'The leisure chief, Omar Reyes, said early swims would ease the crowds on Saturday afternoons.',
        "The lifeguards' union said its members had not been asked.",
      ]);
      expectConsistentSpans(parsed);
    }
  });

  it('keeps an opinion piece headed "Comment": one comment needs a reader', () => {
    const page = `<html><head><title>Why the pool should open on Sundays</title></head><body>
      <div class="comment"><h2>Comment</h2>
      <p>Selby's pool stands empty on Sunday mornings while families queue on Saturdays.</p>
      <p>Opening it two hours earlier on Sundays would cost the council little and ease the crowds.</p>
      </div></body></html>`;
    const parsed = parseArticle({ text: page, format: 'HTML' });
    expect(parsed.paragraphs).toHaveLength(2);
  });

  it('reads a page whose text is drawn by scripts from its schema.org article data', () => {
    const body = [
      'The town council of Elm Falls voted on Monday to ban gas-powered leaf blowers from 2028.',
      'Supporters said the machines are loud and polluting.',
      '"Electric blowers cost twice as much," said Mark Ruiz, who runs a gardening firm.',
    ];
    const data = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Valley News' },
        {
          '@type': ['NewsArticle'],
          headline: 'Town bans leaf blowers',
          author: [{ '@type': 'Person', name: 'Sam Ortiz' }, 'Ana <b>Lee</b>'],
          datePublished: '2026-10-02T08:00:00Z',
          articleBody: body.join('\n\n'),
        },
      ],
    };
    const page = `<!doctype html><html><head><title>Town bans leaf blowers | Valley News</title>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">${JSON.stringify(data)}</script>
      </head><body><div id="root"></div><p>Loading…</p><script src="/app.js"></script></body></html>`;
    const parsed = parseArticle({ text: page, format: 'HTML' });
    expect(parsed.title).toBe('Town bans leaf blowers');
    expect(parsed.byline).toBe('Sam Ortiz and Ana Lee');
    expect(parsed.publishedAt?.toISOString()).toBe('2026-10-02T08:00:00.000Z');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(body);
    expectConsistentSpans(parsed);
  });

  it('keeps the page’s own paragraphs when its article data says no more', () => {
    const data = { '@type': 'NewsArticle', articleBody: 'A short teaser.' };
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head>
      <body><article><h1>Bridge reopens</h1><p>The old bridge reopened to traffic on Monday after two years of repairs, the city said.</p></article></body></html>`;
    const parsed = parseArticle({ text: page, format: 'HTML' });
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'The old bridge reopened to traffic on Monday after two years of repairs, the city said.',
    ]);
  });

  it('says who wrote an embedded social-media post, without its links', () => {
    const page = `<html><body><article><h1>Ferry fares to rise</h1>
      <p>The island's ferry company will raise fares by a fifth from March, it said on Friday.</p>
      <blockquote class="twitter-tweet" data-theme="light"><p lang="en" dir="ltr">A fifth more to get to work. Islanders cannot afford this. <a href="https://t.co/ab1">https://t.co/ab1</a> <a href="https://t.co/cd2">pic.twitter.com/cd2</a></p>&mdash; Orla Quinn (@orlaquinn) <a href="https://x.com/orlaquinn/status/9">January 9, 2026</a></blockquote>
      <script async src="https://platform.twitter.com/widgets.js"></script>
      <p>The company said its fuel costs had doubled in two years.</p>
      <blockquote><p>A plain quotation keeps its own form.</p></blockquote>
      </article></body></html>`;
    const parsed = parseArticle({ text: page, format: 'HTML' });
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      "The island's ferry company will raise fares by a fifth from March, it said on Friday.",
      'Orla Quinn wrote in a post: “A fifth more to get to work. Islanders cannot afford this.”',
      'The company said its fuel costs had doubled in two years.',
      'A plain quotation keeps its own form.',
    ]);
    expectConsistentSpans(parsed);
  });

  it('rejects a page without extractable content', () => {
    const attempt = () =>
      parseArticle({
        text: '<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>',
        format: 'HTML',
      });
    expect(attempt).toThrow(ArticleInputError);
    expect(attempt).toThrow(expect.objectContaining({ field: 'text' }));
  });
});
