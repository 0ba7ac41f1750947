import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badInput } from '../common/errors/app-errors';
import { ArgumentEntity } from './argument.entity';
import { isVisible } from './argument-visibility';
import { HeldEdit, HeldEditStatus } from './held-edit.entity';
import { ThreadBalanceKeeper } from './thread-balance-keeper.service';
import { changeArgumentStatus, ReputationWriter } from './lifecycle/change-status';
import { UsersService } from '../users/users.service';
import { applyHeldEdit, decide, holdEdit, waitingEdit } from './lifecycle/held-edits';
import { moveArgument } from './lifecycle/move';
import { changesAnything, revise, RevisionChange, RevisionSummary } from './lifecycle/revise';
import {
  assertTransition,
  HOLDS_EDITS,
  REVISABLE,
  Transition,
  TRANSITIONS,
} from './lifecycle/transitions';

/**
 * The argument lifecycle as other modules use it: one method per transition of the table in
 * lifecycle/transitions.ts, each in the caller's transaction with the argument locked by the
 * caller. Only the arguments module imports lifecycle/ itself.
 */
@Injectable()
export class ArgumentLifecycle {
  private readonly reputation: ReputationWriter;

  constructor(
    private readonly balance: ThreadBalanceKeeper,
    users: UsersService,
  ) {
    this.reputation = {
      add: (manager, userId, delta) => users.addReputation(manager, userId, delta),
    };
  }

  /**
   * An author's edit that needs a moderator first (of a published or hidden argument): kept
   * aside, the argument unchanged, so readers keep the published version.
   */
  holdEdit(
    manager: EntityManager,
    arg: ArgumentEntity,
    editorId: string,
    change: RevisionChange,
    reason: string,
  ): Promise<HeldEdit> {
    if (!HOLDS_EDITS.includes(arg.status)) {
      throw badInput('argumentId', `The argument is ${arg.status.toLowerCase()}: edit it in place`);
    }
    return holdEdit(manager, arg, editorId, change, reason);
  }

  /** The edit of the argument that waits for a moderator (locked), if any. */
  waitingEdit(manager: EntityManager, argumentId: string): Promise<HeldEdit | null> {
    return waitingEdit(manager, argumentId);
  }

  /**
   * A moderator turns down a held edit: the argument keeps its published version and status;
   * the edit stays, with the reason, as history. Returns the edit.
   */
  async rejectEdit(
    manager: EntityManager,
    arg: ArgumentEntity,
    moderatorId: string,
    reason: string | null,
  ): Promise<HeldEdit> {
    const held = await waitingEdit(manager, arg.id);
    if (!held) throw badInput('action', 'The argument has no edit waiting for a moderator');
    await decide(manager, held, HeldEditStatus.REJECTED, moderatorId, reason);
    return held;
  }

  /**
   * → PUBLISHED by a moderator. A held edit waiting on the argument is published with it (the
   * queue showed it beside the published version), unless `keepHeldEdit` (IGNORE of reports,
   * which says nothing about the edit). A moderator may instead revise a held or seeded post's
   * text or side (the subtree's stances follow). Returns what changed, for the log.
   */
  async approve(
    manager: EntityManager,
    arg: ArgumentEntity,
    moderatorId: string,
    change: RevisionChange = {},
    keepHeldEdit = false,
  ): Promise<RevisionSummary> {
    assertTransition('approve', arg.status);
    let summary: RevisionSummary | null = null;
    const sideBefore = arg.side;
    const held = keepHeldEdit ? null : await waitingEdit(manager, arg.id);
    if (held) {
      if (changesAnything(arg, change)) {
        throw badInput('body', 'A held edit is approved as proposed, or rejected');
      }
      summary = await applyHeldEdit(manager, arg, held, moderatorId);
    } else if (changesAnything(arg, change)) {
      if (!REVISABLE.moderator.includes(arg.status)) {
        throw badInput('body', 'Only a held or seeded post can be edited by a moderator');
      }
      summary = await revise(manager, arg, moderatorId, change);
    }
    if (isVisible(arg) && arg.side !== sideBefore) {
      // A published argument that changed side moves its weight to the other side of its parent.
      await this.balance.refresh(manager, arg.threadId);
    }
    await this.take(manager, arg, 'approve', null);
    return summary ?? {};
  }

  reject(manager: EntityManager, arg: ArgumentEntity, reason: string | null) {
    return this.take(manager, arg, 'reject', reason);
  }

  remove(manager: EntityManager, arg: ArgumentEntity, reason: string | null) {
    return this.take(manager, arg, 'remove', reason);
  }

  /** → REMOVED as a copy of `original` (another argument of the same thread). */
  async markDuplicate(
    manager: EntityManager,
    arg: ArgumentEntity,
    original: ArgumentEntity,
    reason: string | null,
  ) {
    assertTransition('markDuplicate', arg.status);
    await manager.update(ArgumentEntity, { id: arg.id }, { duplicateOfId: original.id });
    arg.duplicateOfId = original.id;
    return this.take(manager, arg, 'markDuplicate', `Duplicate: ${reason}`);
  }

  /** → PUBLISHED again (RESTORE or a granted appeal); no longer a duplicate. */
  async restore(manager: EntityManager, arg: ArgumentEntity) {
    assertTransition('restore', arg.status);
    await manager.update(ArgumentEntity, { id: arg.id }, { duplicateOfId: null });
    arg.duplicateOfId = null;
    return this.take(manager, arg, 'restore', null);
  }

  /** REMOVED → PENDING: a held post a suspension removed waits for a moderator again. */
  requeue(manager: EntityManager, arg: ArgumentEntity) {
    return this.take(manager, arg, 'requeue', null);
  }

  /** → DELETED by its author; the reason a moderator gave (if any) stays. */
  withdraw(manager: EntityManager, arg: ArgumentEntity) {
    return this.take(manager, arg, 'withdraw', arg.statusReason);
  }

  /** PUBLISHED → HIDDEN once its open reports weigh enough. */
  autoHide(manager: EntityManager, arg: ArgumentEntity, reason: string) {
    return this.take(manager, arg, 'autoHide', reason);
  }

  /** A moderator's MOVE: under another argument of the thread, or onto the motion. */
  async move(manager: EntityManager, arg: ArgumentEntity, newParent: ArgumentEntity | null) {
    const moved = await moveArgument(manager, arg, newParent);
    await this.balance.refresh(manager, arg.threadId);
    return moved;
  }

  private async take(
    manager: EntityManager,
    arg: ArgumentEntity,
    transition: Transition,
    reason: string | null,
  ): Promise<ArgumentEntity> {
    assertTransition(transition, arg.status);
    const to = TRANSITIONS[transition].to;
    if (!REVISABLE.author.includes(to)) {
      // Withdrawn, removed or rejected: an edit waiting on it has nothing left to publish.
      const held = await waitingEdit(manager, arg.id);
      if (held) await decide(manager, held, HeldEditStatus.DROPPED, null, null);
    }
    const wasVisible = isVisible(arg);
    const changed = await changeArgumentStatus(manager, arg, to, reason, this.reputation);
    // Only what readers see weighs in the balance.
    if (wasVisible !== isVisible(changed)) {
      await this.balance.refresh(manager, changed.threadId);
    }
    return changed;
  }
}
