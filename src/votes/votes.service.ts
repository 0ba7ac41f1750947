import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { forbidden, notFound } from '../common/errors/app-errors';
import { findById } from '../common/database/find-by-id';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { ArgumentStatus } from '../arguments/argument-enums';
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
    const payload = await this.gate.limited(actor, 'vote', () =>
      this.dataSource.transaction(async (manager) => {
        const arg = await findById(manager, ArgumentEntity, argumentId, { lock: true });
        if (!arg) throw notFound('Argument', argumentId);
        if (arg.authorId === actor.id) throw forbidden('You cannot vote on your own argument');
        if (arg.status !== ArgumentStatus.PUBLISHED)
          throw forbidden('Only published arguments take votes');
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
      }),
    );
    if (changedThreadId) {
      this.bridging.schedule(changedThreadId);
      this.events.publish(changedThreadId, ThreadActivityKind.ARGUMENT_UPDATED, argumentId);
    }
    return payload;
  }

  /** The reader's votes on many arguments in one statement. */
  async loadMyVote(
    loaders: RequestLoaders,
    userId: string,
    argumentId: string,
  ): Promise<VoteValue> {
    const value = await loaders
      .get<string, number>(`myVotes:${userId}`, async (ids) => {
        const rows = await this.dataSource.manager.find(Vote, {
          where: { userId, argumentId: In([...ids]) },
        });
        const byArg = new Map(rows.map((v) => [v.argumentId, v.value]));
        return ids.map((id) => byArg.get(id) ?? 0);
      })
      .load(argumentId);
    return voteValueOf(value);
  }
}
