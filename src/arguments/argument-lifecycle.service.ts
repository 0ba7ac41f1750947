import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badInput } from '../common/errors/app-errors';
import { ArgumentEntity } from './argument.entity';
import { isVisible } from './argument-visibility';
import { ThreadBalanceKeeper } from './thread-balance-keeper.service';
import { changeArgumentStatus } from './lifecycle/change-status';
import { moveArgument } from './lifecycle/move';
import { changesAnything, revise, RevisionChange, RevisionSummary } from './lifecycle/revise';
import { assertTransition, REVISABLE, Transition, TRANSITIONS } from './lifecycle/transitions';

/**
 * The argument lifecycle as other modules use it: one method per transition of the table in
 * lifecycle/transitions.ts, each in the caller's transaction with the argument locked by the
 * caller. Only the arguments module imports lifecycle/ itself.
 */
@Injectable()
export class ArgumentLifecycle {
  constructor(private readonly balance: ThreadBalanceKeeper) {}

  /** PUBLISHED → PENDING: an edit matched a REQUIRE_APPROVAL word. */
  hold(manager: EntityManager, arg: ArgumentEntity, reason: string) {
    return this.take(manager, arg, 'hold', reason);
  }

  /**
   * → PUBLISHED by a moderator, who may first revise a held or seeded post's text or side (the
   * subtree's stances follow). Returns what the revision changed, for the log.
   */
  async approve(
    manager: EntityManager,
    arg: ArgumentEntity,
    moderatorId: string,
    change: RevisionChange = {},
  ): Promise<RevisionSummary> {
    assertTransition('approve', arg.status);
    let summary: RevisionSummary | null = null;
    if (changesAnything(arg, change)) {
      if (!REVISABLE.moderator.includes(arg.status)) {
        throw badInput('body', 'Only a held or seeded post can be edited by a moderator');
      }
      const sideBefore = arg.side;
      summary = await revise(manager, arg, moderatorId, change);
      if (isVisible(arg) && arg.side !== sideBefore) {
        await this.balance.refresh(manager, arg.threadId);
      }
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
    const wasVisible = isVisible(arg);
    const changed = await changeArgumentStatus(manager, arg, TRANSITIONS[transition].to, reason);
    // Only what readers see weighs in the balance.
    if (wasVisible !== isVisible(changed)) {
      await this.balance.refresh(manager, changed.threadId);
    }
    return changed;
  }
}
