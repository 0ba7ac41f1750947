import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, forbidden, notFound } from '../common/errors/app-errors';
import { isUuid } from '../common/ids';
import { retryOnConflict } from '../common/database/retry-on-conflict';
import { preparedQuery } from '../common/database/prepared-query';
import { RequestLoaders } from '../common/loaders/request-loaders';
import type { ArgumentEntity } from '../arguments/argument.entity';
import { existsFor, isVisible } from '../arguments/argument-visibility';
import { ArgumentsService, assertOpen } from '../arguments/arguments.service';
import { UsersService } from '../users/users.service';
import { User } from '../users/user.entity';
import { VOTE_NUMBER, voteValueOf, VotePayload, VoteValue } from './dto/vote.input';
import { PostingGate } from '../moderation/rules/posting-gate.service';
import { ThreadActivityKind } from '../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../realtime/thread-events';
import { BridgingScheduler } from './bridging/bridging-scheduler';
import { saveVoteSql } from './save-vote';
import { loaderKey } from '../common/loaders/loader-key';
import { ThreadBansService } from '../threads/thread-bans.service';
import { AuthService } from '../auth/auth.service';
import { accountRefusal } from '../auth/auth.guard';
import { Role } from '../common/auth/role.enum';

const MY_VOTES = loaderKey<string, number>('votes.myVotes');

interface Refused {
  refused: true;
  actorLive: boolean;
}
/** A malformed argument id: no statement is needed to refuse it. */
const REFUSED_BEFORE_ASKING: Refused = { refused: true, actorLive: true };

@Injectable()
export class VotesService {
  private voteStatement?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bridging: BridgingScheduler,
    private readonly gate: PostingGate,
    private readonly events: ThreadEvents,
    private readonly arguments_: ArgumentsService,
    private readonly users: UsersService,
    private readonly bans: ThreadBansService,
    private readonly auth: AuthService,
  ) {}

  /**
   * Sets, changes or withdraws the actor's vote in one statement (`saveVote`): atomic on its own,
   * so no BEGIN/COMMIT. The statement also checks that session `familyId` is still signed in and
   * the actor not suspended, so the guard could admit on an account read moments ago. A change
   * schedules the thread's bridging fit once it has committed.
   */
  async vote(
    actor: User,
    familyId: string,
    argumentId: string,
    value: VoteValue,
  ): Promise<VotePayload> {
    const after = VOTE_NUMBER[value];
    const result = await this.gate.limited(actor, 'vote', async (refund) => {
      const row = isUuid(argumentId)
        ? await this.saveVote(actor.id, familyId, argumentId, after)
        : REFUSED_BEFORE_ASKING;
      if ('refused' in row) throw await this.refusal(actor, familyId, argumentId, row.actorLive);
      // Repeating one's current vote changes nothing, so it does not use up the limit.
      if (!row.changed) await refund();
      return row;
    });
    const { argument } = result;
    if (result.changed) {
      await this.bridging.schedule(argument.threadId);
      this.events.publish(argument.threadId, ThreadActivityKind.ARGUMENT_UPDATED, argument.id);
    }
    return { argument, myVote: value };
  }

  /**
   * The vote with its checks, counters and reputation, each part written by its table's owner
   * (docs/ARCHITECTURE.md, "One statement, several owners"). `refused` when it wrote nothing:
   * the argument does not take this vote, or (not `actorLive`) the session or the account does not.
   */
  private async saveVote(
    voter: string,
    familyId: string,
    argumentId: string,
    after: number,
  ): Promise<{ argument: ArgumentEntity; changed: boolean } | Refused> {
    // Prepared: the statement's many CTEs cost more to plan than to run.
    const rows: Record<string, unknown>[] = await retryOnConflict(() =>
      preparedQuery(this.dataSource, this.saveVoteText(), [voter, argumentId, after, familyId]),
    );
    // One row always: without a target the vote was refused, and actorLive says whether the
    // session and suspension were why.
    const [row] = rows;
    if (row.id === null) return { refused: true, actorLive: row.actorLive === true };
    const argument = this.arguments_.hydrate(row);
    const changed = row.newUpvotes !== null && row.newUpvotes !== undefined;
    if (changed) {
      Object.assign(argument, {
        upvotes: Number(row.newUpvotes),
        downvotes: Number(row.newDownvotes),
        score: Number(row.newScore),
      });
    }
    return { argument, changed };
  }

  /** saveVote's statement; the same text every time, so it is built once. */
  private saveVoteText(): string {
    if (this.voteStatement !== undefined) return this.voteStatement;
    const { removed, saved } = saveVoteSql('$1', '$3', 'target');
    const actorLive = this.auth.liveActorSql('$1', '$4::uuid');
    return (this.voteStatement = `WITH target AS (${this.arguments_.voteTargetSql('$1', '$2', `${this.bans.notBannedSql('$1', 't')} AND ${actorLive}`)}),
         removed AS (${removed}),
         saved AS (${saved}),
         delta AS (
           SELECT t."id" AS argument_id, t."authorId" AS author_id,
                  (($3::int = 1)::int - (c.before = 1)::int) AS up,
                  (($3::int = -1)::int - (c.before = -1)::int) AS down
           FROM target t, (SELECT before FROM removed UNION ALL SELECT before FROM saved) c
         ),
         counted AS (${this.arguments_.voteCountersSql('delta')}),
         reputed AS (${this.users.voteReputationSql('delta')})
         SELECT t.*, c.upvotes AS "newUpvotes", c.downvotes AS "newDownvotes", c.score AS "newScore",
                ${actorLive} AS "actorLive"
         FROM (SELECT 1) one LEFT JOIN target t ON true LEFT JOIN counted c ON true`);
  }

  /** Why the vote statement wrote nothing, read only on this path. */
  private async refusal(
    actor: User,
    familyId: string,
    argumentId: string,
    actorLive: boolean,
  ): Promise<Error> {
    if (!actorLive) {
      const account = await this.auth.liveAccount(actor.id, familyId);
      const refusal = accountRefusal(account, { minRole: Role.USER, allowSuspended: false });
      if (refusal) return refusal;
    }
    const found = await this.arguments_.readForVote(argumentId);
    if (!found) return notFound('Argument', argumentId);
    const { arg, threadStatus } = found;
    // A held post does not exist for anyone but its author and moderators.
    if (!existsFor(arg, { userId: actor.id, role: actor.role }))
      return notFound('Argument', argumentId);
    try {
      await this.bans.assertNotBanned(this.dataSource.manager, actor.id, arg.threadId);
      if (arg.authorId === actor.id) throw forbidden('You cannot vote on your own argument');
      if (!isVisible(arg)) throw forbidden('Only published arguments take votes');
      assertOpen({ status: threadStatus });
    } catch (e) {
      return e as Error;
    }
    // It changed between the vote and this read (published or reopened meanwhile): try again.
    return conflict('The argument changed while you voted; try again');
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
