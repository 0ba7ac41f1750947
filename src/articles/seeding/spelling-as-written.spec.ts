import { spellingAsWritten } from './spelling-as-written';

describe('spellingAsWritten', () => {
  it("turns the lemmatiser's American spellings into the article's British ones", () => {
    expect(
      spellingAsWritten(
        'Should the deal be honored and the land legalized by the organization?',
        'The council honoured the deal. Plans to legalise land angered the organisation.',
      ),
    ).toBe('Should the deal be honoured and the land legalised by the organisation?');
  });

  it('keeps a spelling the article uses itself, or whose British form it never writes', () => {
    expect(
      spellingAsWritten('Should the land be legalized?', 'to legalize land, or legalise it'),
    ).toBe('Should the land be legalized?');
    expect(spellingAsWritten('Should the mayor favor visitors?', 'The mayor met visitors.')).toBe(
      'Should the mayor favor visitors?',
    );
  });

  it('leaves short words alone that only look like American forms', () => {
    expect(spellingAsWritten('Should the fee for four sizes rise?', 'four sizes, for fours')).toBe(
      'Should the fee for four sizes rise?',
    );
  });
});
