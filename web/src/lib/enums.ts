import type { ArgumentSort, Fallacy, ModerateAction, QueueItemKind, ReportReason, Stance, WatchedWordAction } from '../gql/graphql';

// Runtime lists of the schema's enums; `satisfies` turns a renamed or dropped value into a type error.
export const REPORT_REASONS = [
  'SPAM', 'HARASSMENT', 'HATE', 'MISINFORMATION', 'OFF_TOPIC', 'NOT_AN_ARGUMENT', 'FALLACY', 'DUPLICATE', 'OTHER',
] as const satisfies readonly ReportReason[];

export const FALLACIES = [
  'AD_HOMINEM', 'APPEAL_TO_AUTHORITY', 'APPEAL_TO_EMOTION', 'CIRCULAR_REASONING', 'FALSE_DILEMMA',
  'HASTY_GENERALISATION', 'NO_TRUE_SCOTSMAN', 'RED_HERRING', 'SLIPPERY_SLOPE', 'STRAW_MAN', 'TU_QUOQUE', 'WHATABOUTISM',
] as const satisfies readonly Fallacy[];

export const ARGUMENT_SORTS = [
  { value: 'BRIDGING', label: 'Bridging (support from both sides)' },
  { value: 'BEST', label: 'Best' },
  { value: 'TOP', label: 'Top score' },
  { value: 'HOT', label: 'Hot' },
  { value: 'NEW', label: 'Newest' },
  { value: 'CONTROVERSIAL', label: 'Controversial' },
] as const satisfies readonly { value: ArgumentSort; label: string }[];

export const STANCES = [
  { value: 'AGREE', label: 'Agree' },
  { value: 'UNDECIDED', label: 'Undecided' },
  { value: 'DISAGREE', label: 'Disagree' },
] as const satisfies readonly { value: Stance; label: string }[];

export const QUEUE_KINDS = ['REPORTED', 'PENDING_POST', 'SEEDED', 'APPEAL'] as const satisfies readonly QueueItemKind[];

export const WATCHED_WORD_ACTIONS = ['BLOCK', 'CENSOR', 'FLAG', 'REQUIRE_APPROVAL'] as const satisfies readonly WatchedWordAction[];

export const REASON_REQUIRED: readonly ModerateAction[] = ['REJECT', 'REMOVE', 'MARK_DUPLICATE', 'MOVE', 'LOCK_THREAD', 'SET_SLOW_MODE'];
