import { deriveTitle } from './derive-title';

describe('deriveTitle', () => {
  it('keeps the main clause of the first sentence', () => {
    expect(
      deriveTitle(
        'The city council approved the northern tram line on Tuesday, ending a debate that lasted a decade. More follows.',
      ),
    ).toBe('The city council approved the northern tram line on Tuesday');
  });

  it('does not stop at an introductory phrase', () => {
    expect(
      deriveTitle(
        'According to a memo seen by reporters, the ministry plans to close three regional hospitals next year.',
      ),
    ).toBe(
      'According to a memo seen by reporters, the ministry plans to close three regional hospitals next',
    );
  });

  it('cuts a long clause at a word boundary without a dangling word or punctuation', () => {
    const title = deriveTitle(
      'Thousands of residents from the northern districts of the city marched through the old town on Saturday afternoon in protest against the planned closure of the hospital.',
    );
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^Thousands of residents from the northern districts/);
    expect(title).not.toMatch(/[\s,.;:]$|\s(of|the|in|against)$/);
  });

  it('leaves a wire dateline out of the title', () => {
    expect(
      deriveTitle(
        'KELBY, Ont. — Cyclists in Kelby took over a stretch of Main Street on Wednesday. More follows.',
      ),
    ).toBe('Cyclists in Kelby took over a stretch of Main Street on Wednesday');
    expect(deriveTitle('LONDON (Reuters) - The mayor scrapped the parking levy on Monday.')).toBe(
      'The mayor scrapped the parking levy on Monday',
    );
  });
});
