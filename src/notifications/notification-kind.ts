import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  /** Your post waits for a moderator (a new account's first posts, or a watched word). */
  ARGUMENT_HELD = 'ARGUMENT_HELD',
  /** Your held post, or your argument hidden on reports, was approved and is published. */
  ARGUMENT_APPROVED = 'ARGUMENT_APPROVED',
  /** Your held post was turned down. */
  ARGUMENT_REJECTED = 'ARGUMENT_REJECTED',
  /** Your argument was hidden automatically while reports are reviewed. */
  ARGUMENT_HIDDEN = 'ARGUMENT_HIDDEN',
  /** A moderator removed your argument (or marked it a duplicate). */
  ARGUMENT_REMOVED = 'ARGUMENT_REMOVED',
  /** Your removed, hidden or rejected argument was published again. */
  ARGUMENT_RESTORED = 'ARGUMENT_RESTORED',
  /** A moderator warned you. */
  WARNING = 'WARNING',
  APPEAL_GRANTED = 'APPEAL_GRANTED',
  APPEAL_DENIED = 'APPEAL_DENIED',
  /** A moderator agreed with your report and acted. */
  REPORT_UPHELD = 'REPORT_UPHELD',
  /** A moderator disagreed with your report. */
  REPORT_DISMISSED = 'REPORT_DISMISSED',
  /** A moderator closed your report without judging it. */
  REPORT_IGNORED = 'REPORT_IGNORED',
  /** A moderator banned you from a thread. */
  THREAD_BANNED = 'THREAD_BANNED',
  /** A moderator lifted your ban from a thread early. */
  THREAD_BAN_LIFTED = 'THREAD_BAN_LIFTED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });
