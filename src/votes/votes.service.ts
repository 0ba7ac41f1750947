import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '../common/errors/app-errors';
import { findById } from '../common/database/find-by-id';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { ArgumentEntity } from '../arguments/argument.entity';
import { ArgumentsService, assertOpen } from '../arguments/arguments.service';
import { UsersService } from '../users/users.service';
import { Thread } from '../threads/thread.entity';
import { User } from '../users/user.entity';
import { VOTE_NUMBER, voteValueOf, VotePayload, VoteValue } from './dto/vote.input';
import { PostingGate } from '../moderation/rules/posting-gate.service';
import { ThreadActivityKind } from '../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../realtime/thread-events';
import { BridgingScheduler } from './bridging/bridging-scheduler';
import { Vote } from './vote.entity';
import { loaderKey } from '../common/loaders/loader-key';
import { isVisible } from '../arguments/argument-visibility';

const MY_VOTES = loaderKey<string, number>('votes.myVotes');

@Injectable()
export class VotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bridging: BridgingScheduler,
    private readonly gate: PostingGate,
    private readonly events: ThreadEvents,
    private readonly arguments_: ArgumentsService,
    private readonly users: UsersService,
  ) {}

  /**
   * Sets, changes or withdraws the actor's vote. The argument row is locked, so votes on one
   * argument apply one at a time and the counters move by exactly the difference. A change
   * schedules the thread's bridging fit once the transaction has committed.
   */
  async vote(actor: User, argumentId: string, value: VoteValue): Promise<VotePayload> {
    let changedThreadId: string | null = null;
    const payload = await this.gate.limited(actor, 'vote', async (refund) => {
      const result = await this.dataSource.transaction(async (manager) => {
        const arg = await findById(manager, ArgumentEntity, argumentId, { lock: true });
        if (!arg) throw notFound('Argument', argumentId);
        if (arg.authorId === actor.id) throw forbidden('You cannot vote on your own argument');
        if (!isVisible(arg)) throw forbidden('Only published arguments take votes');
        assertOpen(await manager.findOneOrFail(Thread, { where: { id: arg.threadId } }));

        const existing = await manager.findOne(Vote, {
          where: { userId: actor.id, argumentId: arg.id },
        });
        const before = existing?.value ?? 0;
        const after = VOTE_NUMBER[value];
        if (before === after) return { argument: arg, myVote: value };

        if (after === 0) await manager.delete(Vote, { id: existing!.id });
        else if (existing) await manager.update(Vote, { id: existing.id }, { value: after });
        else await manager.insert(Vote, { userId: actor.id, argumentId: arg.id, value: after });

        const up = (after === 1 ? 1 : 0) - (before === 1 ? 1 : 0);
        const down = (after === -1 ? 1 : 0) - (before === -1 ? 1 : 0);
        await this.arguments_.applyVoteDelta(manager, arg.id, up, down);
        if (arg.authorId) await this.users.addReputation(manager, arg.authorId, up - down);
        const updated = await manager.findOneOrFail(ArgumentEntity, { where: { id: arg.id } });
        changedThreadId = arg.threadId;
        return { argument: updated, myVote: value };
      });
      // Repeating one's current vote changes nothing, so it does not use up the limit.
      if (!changedThreadId) await refund();
      return result;
    });
    if (changedThreadId) {
      await this.bridging.schedule(changedThreadId);
      this.events.publish(changedThreadId, ThreadActivityKind.ARGUMENT_UPDATED, argumentId);
    }
    return payload;
  }

  /**
   * The reader's votes on many arguments in one statement. Keyed by reader and argument, so
   * live subscribers sharing an event's loaders read all their votes in one statement too.
   */
  async loadMyVote(
    loaders: RequestLoaders,
    userId: string,
    argumentId: string,
  ): Promise<VoteValue> {
    const value = await loaders
      .get(MY_VOTES, async (keys) => {
        const pairs = keys.map((k) => k.split(':'));
        const rows: { user_id: string; argument_id: string; value: number }[] =
          await this.dataSource.query(
            `SELECT v.user_id, v.argument_id, v.value FROM votes v
             JOIN unnest($1::uuid[], $2::uuid[]) AS k(user_id, argument_id)
               ON v.user_id = k.user_id AND v.argument_id = k.argument_id`,
            [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
          );
        const byKey = new Map(rows.map((v) => [`${v.user_id}:${v.argument_id}`, v.value]));
        return keys.map((k) => byKey.get(k) ?? 0);
      })
      .load(`${userId}:${argumentId}`);
    return voteValueOf(value);
  }
}
