import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '../common/errors/app-errors';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { isVisible } from '../arguments/argument-visibility';
import { ArgumentsService, assertOpen } from '../arguments/arguments.service';
import { UsersService } from '../users/users.service';
import { User } from '../users/user.entity';
import { VOTE_NUMBER, voteValueOf, VotePayload, VoteValue } from './dto/vote.input';
import { PostingGate } from '../moderation/rules/posting-gate.service';
import { ThreadActivityKind } from '../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../realtime/thread-events';
import { BridgingScheduler } from './bridging/bridging-scheduler';
import { saveVote } from './save-vote';
import { loaderKey } from '../common/loaders/loader-key';
import { threadIdOf } from '../arguments/thread-of';
import { ThreadBansService } from '../threads/thread-bans.service';

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
    private readonly bans: ThreadBansService,
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
        // The thread before the argument (the lock order); a person banned from it cannot vote.
        const threadId = await threadIdOf(manager, argumentId);
        if (!threadId) throw notFound('Argument', argumentId);
        await this.bans.guard(manager, actor.id, threadId);
        const locked = await this.arguments_.lockForVote(manager, argumentId);
        if (!locked) throw notFound('Argument', argumentId);
        const { arg, threadStatus } = locked;
        if (arg.authorId === actor.id) throw forbidden('You cannot vote on your own argument');
        if (!isVisible(arg)) throw forbidden('Only published arguments take votes');
        assertOpen({ status: threadStatus });

        const after = VOTE_NUMBER[value] as -1 | 0 | 1;
        const before = await saveVote(manager, actor.id, arg.id, after);
        if (before === after) return { argument: arg, myVote: value };

        const up = (after === 1 ? 1 : 0) - (before === 1 ? 1 : 0);
        const down = (after === -1 ? 1 : 0) - (before === -1 ? 1 : 0);
        await this.arguments_.applyVoteDelta(manager, arg, up, down);
        if (arg.authorId) await this.users.addReputation(manager, arg.authorId, up - down);
        changedThreadId = arg.threadId;
        return { argument: arg, myVote: value };
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
