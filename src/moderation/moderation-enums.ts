import { registerEnumType } from '@nestjs/graphql';

export enum ReportReason {
  SPAM = 'SPAM',
  HARASSMENT = 'HARASSMENT',
  HATE = 'HATE',
  OFF_TOPIC = 'OFF_TOPIC',
  MISINFORMATION = 'MISINFORMATION',
  NOT_AN_ARGUMENT = 'NOT_AN_ARGUMENT',
  /** Needs `duplicateOfId`. */
  DUPLICATE = 'DUPLICATE',
  /** Needs `fallacy`. */
  FALLACY = 'FALLACY',
  /** Needs a `note`. */
  OTHER = 'OTHER',
}
registerEnumType(ReportReason, { name: 'ReportReason' });

export enum Fallacy {
  AD_HOMINEM = 'AD_HOMINEM',
  STRAW_MAN = 'STRAW_MAN',
  FALSE_DILEMMA = 'FALSE_DILEMMA',
  SLIPPERY_SLOPE = 'SLIPPERY_SLOPE',
  APPEAL_TO_AUTHORITY = 'APPEAL_TO_AUTHORITY',
  APPEAL_TO_EMOTION = 'APPEAL_TO_EMOTION',
  CIRCULAR_REASONING = 'CIRCULAR_REASONING',
  HASTY_GENERALISATION = 'HASTY_GENERALISATION',
  RED_HERRING = 'RED_HERRING',
  WHATABOUTISM = 'WHATABOUTISM',
  TU_QUOQUE = 'TU_QUOQUE',
  NO_TRUE_SCOTSMAN = 'NO_TRUE_SCOTSMAN',
}
registerEnumType(Fallacy, { name: 'Fallacy', description: 'The fallacies a report can name' });

export enum ReportStatus {
  OPEN = 'OPEN',
  /** A moderator acted on the reported argument. */
  UPHELD = 'UPHELD',
  /** A moderator disagreed: approved the argument as it was, or reversed its removal. */
  DISMISSED = 'DISMISSED',
  /** A moderator closed the report without judging it (no effect on the reporter's weight). */
  IGNORED = 'IGNORED',
}
registerEnumType(ReportStatus, { name: 'ReportStatus' });

export enum QueueItemKind {
  /** A published (or auto-hidden) argument with open reports. */
  REPORTED = 'REPORTED',
  /** A post held for approval: a new account's first posts or a watched word. */
  PENDING_POST = 'PENDING_POST',
  /** A claim taken from the thread's article, waiting to be accepted. */
  SEEDED = 'SEEDED',
  APPEAL = 'APPEAL',
}
registerEnumType(QueueItemKind, { name: 'QueueItemKind' });

export enum QueueItemStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(QueueItemStatus, { name: 'QueueItemStatus' });

export enum AppealStatus {
  OPEN = 'OPEN',
  GRANTED = 'GRANTED',
  DENIED = 'DENIED',
  /** The decision appealed was reversed, or has ended, before anyone decided the appeal. */
  LAPSED = 'LAPSED',
}
registerEnumType(AppealStatus, { name: 'AppealStatus' });

export enum WatchedWordAction {
  /** The post is refused, naming the rule. */
  BLOCK = 'BLOCK',
  /** The post waits in the queue. */
  REQUIRE_APPROVAL = 'REQUIRE_APPROVAL',
  /** Masked in the rendered text; the original is kept. */
  CENSOR = 'CENSOR',
  /** Published, and reported automatically (reason OTHER). */
  FLAG = 'FLAG',
}
registerEnumType(WatchedWordAction, { name: 'WatchedWordAction' });

export enum TrustLevel {
  NEW = 'NEW',
  MEMBER = 'MEMBER',
  REGULAR = 'REGULAR',
  TRUSTED = 'TRUSTED',
}
registerEnumType(TrustLevel, {
  name: 'TrustLevel',
  description: 'Earned from account age, approved posts and reputation (see docs/MODERATION.md)',
});
