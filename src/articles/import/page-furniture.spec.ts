import { isPageFurniture } from './page-furniture';

describe('isPageFurniture', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Sponsored content',
    'Story continues below advertisement',
    'Article continues below',
    'Continue reading the main story',
    'Scroll to continue reading',
    'Listen to this article (4 min)',
    'Read more: Tourism tax plan shelved',
    'READ MORE » Ferry timetable changes',
    'See also: How the port makes its money',
    'Related: Council budget in five charts',
    'Most read',
    'Sign up for our newsletter to get the latest local news delivered to your inbox.',
    'Subscribe now for unlimited access',
    'Get the latest headlines delivered to your inbox every morning.',
    'Follow us on Instagram and Facebook',
    'Share this article',
    'Copy link',
    'Click here to read the full report',
    'Download our app for breaking news alerts',
    'Support our journalism today by becoming a member.',
    'This content is not available in your region',
    'Please enable JavaScript to view the comments.',
    'More on KentOnline',
    'More from the BBC',
    'More on Brexit',
  ])('drops %s', (paragraph) => {
    expect(isPageFurniture(paragraph)).toBe(true);
  });

  it.each([
    'Residents can sign up for the consultation on the council website until March.',
    'The advertisement campaign cost the ministry 2 million euros, critics said.',
    '"Read more books," the minister told pupils on Monday.',
    'Related costs rose by 12 per cent, the report found.',
    'Subscribers to the scheme said it had saved them money.',
    'Follow-up checks found no further damage.',
    'Click-through rates fell after the change, the company said.',
    'Sign up for our newsletter, the mayor urged residents during a long speech about the harbour, the tourists, the ferries, the shops and the schools of the old town, which she said needed more support than ever before.',
    'Share prices fell.',
    'More from the council',
    'More on the plan later this week, the mayor said.',
  ])('keeps %s', (paragraph) => {
    expect(isPageFurniture(paragraph)).toBe(false);
  });
});
