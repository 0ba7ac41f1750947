import { registerEnumType } from '@nestjs/graphql';

export enum ModAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REMOVE = 'REMOVE',
  RESTORE = 'RESTORE',
  MARK_DUPLICATE = 'MARK_DUPLICATE',
  MOVE = 'MOVE',
  LOCK_THREAD = 'LOCK_THREAD',
  UNLOCK_THREAD = 'UNLOCK_THREAD',
  ARCHIVE_THREAD = 'ARCHIVE_THREAD',
  SET_SLOW_MODE = 'SET_SLOW_MODE',
  SUSPEND_USER = 'SUSPEND_USER',
  UNSUSPEND_USER = 'UNSUSPEND_USER',
  WARN_USER = 'WARN_USER',
  SET_ROLE = 'SET_ROLE',
  ADD_WATCHED_WORD = 'ADD_WATCHED_WORD',
  REMOVE_WATCHED_WORD = 'REMOVE_WATCHED_WORD',
  GRANT_APPEAL = 'GRANT_APPEAL',
  DENY_APPEAL = 'DENY_APPEAL',
  /** Hidden automatically once its open reports weighed enough; no moderator involved. */
  AUTO_HIDE = 'AUTO_HIDE',
  /** Reports closed without a judgement; an auto-hidden argument is shown again. */
  IGNORE = 'IGNORE',
  /** A moderator's private note about a person (the note itself is in moderator_notes). */
  NOTE_USER = 'NOTE_USER',
  /** A person may no longer post, edit, vote, take a stance or report in one thread. */
  BAN_FROM_THREAD = 'BAN_FROM_THREAD',
  /** A ban from a thread ended early. */
  LIFT_THREAD_BAN = 'LIFT_THREAD_BAN',
}
registerEnumType(ModAction, {
  name: 'ModAction',
  description: 'What a moderator or admin did; every one is in the public moderation log',
});

export enum ModTargetType {
  ARGUMENT = 'ARGUMENT',
  THREAD = 'THREAD',
  USER = 'USER',
  APPEAL = 'APPEAL',
  WATCHED_WORD = 'WATCHED_WORD',
}
registerEnumType(ModTargetType, { name: 'ModTargetType' });
