import { loadConfig } from '../../config/app-config';
import { TrustLevel } from '../moderation-enums';
import { trustLevelOf } from './trust-level';

const { trust } = loadConfig({}).moderation;

describe('trustLevelOf (default thresholds)', () => {
  it.each([
    [{ ageHours: 0, approvedPosts: 0, reputation: 0 }, TrustLevel.NEW],
    [{ ageHours: 23, approvedPosts: 50, reputation: 50 }, TrustLevel.NEW],
    [{ ageHours: 24, approvedPosts: 2, reputation: 0 }, TrustLevel.MEMBER],
    [{ ageHours: 24 * 30, approvedPosts: 2, reputation: -1 }, TrustLevel.NEW],
    [{ ageHours: 24 * 14, approvedPosts: 20, reputation: 25 }, TrustLevel.REGULAR],
    [{ ageHours: 24 * 14, approvedPosts: 19, reputation: 500 }, TrustLevel.MEMBER],
    [{ ageHours: 24 * 60, approvedPosts: 100, reputation: 200 }, TrustLevel.TRUSTED],
  ])('%o is %s', (stats, level) => {
    expect(trustLevelOf(stats, trust)).toBe(level);
  });

  it('follows configured thresholds', () => {
    const custom = loadConfig({ TRUST_MEMBER_AGE_HOURS: '0', TRUST_MEMBER_POSTS: '0' }).moderation
      .trust;
    expect(trustLevelOf({ ageHours: 0, approvedPosts: 0, reputation: 0 }, custom)).toBe(
      TrustLevel.MEMBER,
    );
  });
});
