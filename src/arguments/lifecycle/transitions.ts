import { badInput } from '../../common/errors/app-errors';
import { ArgumentStatus as S } from '../argument-enums';

/** Every way an argument's status changes. `revise` changes text, not status: see revise.ts. */
export type Transition =
  | 'approve'
  | 'reject'
  | 'remove'
  | 'markDuplicate'
  | 'restore'
  | 'requeue'
  | 'withdraw'
  | 'autoHide';

export interface TransitionRule {
  from: readonly S[];
  to: S;
  /** Who takes it. */
  by: string;
  /** What it needs besides a source state. */
  requires: string;
  /** Why it is refused from any other state. */
  refusal: (status: S) => string;
}

const lower = (s: S) => s.toLowerCase();

/** The argument lifecycle: from → to, who, and what it requires (docs/ARCHITECTURE.md). */
export const TRANSITIONS: Record<Transition, TransitionRule> = {
  approve: {
    from: [S.PENDING, S.HIDDEN, S.PUBLISHED],
    to: S.PUBLISHED,
    by: 'a moderator (not its author)',
    requires: 'nothing; publishes a held edit, or may revise a held post’s text or side first',
    refusal: (s) => `The argument is ${lower(s)}: use RESTORE`,
  },
  reject: {
    from: [S.PENDING],
    to: S.REJECTED,
    by: 'a moderator (not its author)',
    requires: 'a reason',
    refusal: () => 'Only a post awaiting approval can be rejected; use REMOVE',
  },
  remove: {
    from: [S.PUBLISHED, S.HIDDEN, S.PENDING],
    to: S.REMOVED,
    by: 'a moderator (not its author)',
    requires: 'a reason',
    refusal: (s) => `The argument is already ${lower(s)}`,
  },
  markDuplicate: {
    from: [S.PUBLISHED, S.HIDDEN, S.PENDING],
    to: S.REMOVED,
    by: 'a moderator (not its author)',
    requires: 'a reason and another argument of the same thread',
    refusal: (s) => `The argument is already ${lower(s)}`,
  },
  restore: {
    from: [S.REMOVED, S.HIDDEN, S.REJECTED],
    to: S.PUBLISHED,
    by: 'a moderator, or a granted appeal',
    requires: 'nothing; it stops being a duplicate',
    refusal: (s) => `The argument is ${lower(s)}: nothing to restore`,
  },
  requeue: {
    from: [S.REMOVED],
    to: S.PENDING,
    by: 'lifting the suspension that removed a held post',
    requires: 'it was held when the suspension removed it; it waits in the queue again',
    refusal: (s) => `The argument is ${lower(s)}: only a removed post goes back to the queue`,
  },
  withdraw: {
    from: [S.PUBLISHED, S.PENDING, S.HIDDEN, S.REJECTED],
    to: S.DELETED,
    by: 'its author',
    requires: 'nothing; withdrawing twice changes nothing',
    refusal: (s) => `The argument is ${lower(s)}: it cannot be withdrawn`,
  },
  autoHide: {
    from: [S.PUBLISHED],
    to: S.HIDDEN,
    by: 'the report weight (automatic)',
    requires: 'open reports weighing at least REPORT_HIDE_THRESHOLD',
    refusal: (s) => `The argument is ${lower(s)}: only a published one is hidden`,
  },
};

/** Who may revise an argument's text or side, from which states (one `revise` for both). */
export const REVISABLE: Record<'author' | 'moderator', readonly S[]> = {
  /**
   * Not PENDING: a held post is frozen while it waits, so a moderator approves the text they
   * loaded in the queue (its author withdraws it and posts again to change it).
   */
  author: [S.PUBLISHED, S.HIDDEN],
  /** A moderator revises only while approving a held or seeded post. */
  moderator: [S.PENDING],
};

/**
 * Where an author's edit that needs a moderator is held aside, the published text staying in
 * place (a PENDING post is reviewed whole and frozen while it waits: see REVISABLE).
 */
export const HOLDS_EDITS: readonly S[] = [S.PUBLISHED, S.HIDDEN];

export const allows = (t: Transition, status: S): boolean => TRANSITIONS[t].from.includes(status);

/** Refuses a transition the table does not allow from the argument's status. */
export function assertTransition(t: Transition, status: S, field = 'action'): void {
  if (!allows(t, status)) throw badInput(field, TRANSITIONS[t].refusal(status));
}
