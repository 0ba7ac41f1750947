import { TrustLevel } from '../moderation-enums';
import { reportWeight } from './report-weight';

const member = { trustLevel: TrustLevel.MEMBER, isModerator: false };

describe('reportWeight', () => {
  it('counts a first report by an established account as 1, and by a new account as 0.5', () => {
    expect(reportWeight({ ...member, upheld: 0, dismissed: 0 })).toBe(1);
    expect(reportWeight({ ...member, trustLevel: TrustLevel.NEW, upheld: 0, dismissed: 0 })).toBe(
      0.5,
    );
  });

  it('rises with upheld reports up to 2 and sinks with dismissed ones down to 0.25', () => {
    expect(reportWeight({ ...member, upheld: 1, dismissed: 0 })).toBe(2);
    expect(reportWeight({ ...member, upheld: 9, dismissed: 0 })).toBe(2);
    expect(reportWeight({ ...member, upheld: 0, dismissed: 1 })).toBe(0.5);
    expect(reportWeight({ ...member, upheld: 0, dismissed: 10 })).toBe(0.25);
    expect(reportWeight({ ...member, upheld: 2, dismissed: 5 })).toBe(0.5);
  });

  it('gives a moderator’s report the top weight', () => {
    expect(
      reportWeight({ trustLevel: TrustLevel.NEW, isModerator: true, upheld: 0, dismissed: 9 }),
    ).toBe(2);
  });
});
