import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, forbidden, notFound } from '../common/errors/app-errors';
import { isUuid } from '../common/ids';
import type { ArgumentEntity } from '../arguments/argument.entity';
import { retryOnConflict } from '../common/database/retry-on-conflict';
import { preparedQuery } from '../common/database/prepared-query';
import { RequestLoaders } from '../common/loaders/request-loaders';
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

@Injectable()
export class VotesService {
  /** The vote's statements by `saveVoteText`'s choices, built on first use. */
  private readonly voteStatements = new Map<string, string>();

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
   * schedules the thread's bridging fit once it has committed. `withArgument`: the statement
   * also returns the argument as the vote leaves it (for a payload that shows it).
   */
  async vote(
    actor: User,
    familyId: string,
    argumentId: string,
    value: VoteValue,
    withArgument: boolean,
  ): Promise<VotePayload> {
    const after = VOTE_NUMBER[value];
    const saved = await this.gate.limited(actor, 'vote', async (refund) => {
      const row = isUuid(argumentId)
        ? await this.saveVote([actor.id, argumentId, after, familyId], withArgument)
        : null;
      if (!row) throw await this.refusal(actor, familyId, argumentId);
      // Repeating one's current vote changes nothing, so it does not use up the limit.
      if (!row.changed) await refund();
      return row;
    });
    if (saved.changed) {
      await this.bridging.schedule(saved.threadId);
      this.events.publish(saved.threadId, ThreadActivityKind.ARGUMENT_UPDATED, argumentId);
    }
    return { argumentId, myVote: value, argument: saved.argument };
  }

  /**
   * The vote with its checks, counters and reputation, each part written by its table's owner
   * (docs/ARCHITECTURE.md, "One statement, several owners"). Null when it wrote nothing: the
   * argument, the session or the account does not take this vote.
   */
  private async saveVote(
    params: [voter: string, argumentId: string, after: number, familyId: string],
    withArgument: boolean,
  ): Promise<{ threadId: string; changed: boolean; argument?: ArgumentEntity } | null> {
    // Prepared: the statement's CTEs cost more to plan than to run.
    const rows: Record<string, unknown>[] = await retryOnConflict(() =>
      preparedQuery(this.dataSource, this.saveVoteText(params[2] === 0, withArgument), params),
    );
    // One row always: without a target the vote was refused.
    const [row] = rows;
    if (row.threadId === null) return null;
    const changed = row.newUpvotes !== null;
    const threadId = row.threadId as string;
    if (!withArgument) return { threadId, changed };
    const argument = this.arguments_.hydrate(row);
    if (changed) {
      Object.assign(argument, {
        upvotes: Number(row.newUpvotes),
        downvotes: Number(row.newDownvotes),
        score: Number(row.newScore),
      });
    }
    return { threadId, changed, argument };
  }

  /**
   * saveVote's statement: one text each to set or withdraw a vote (each plan holds only the write
   * it makes), with or without the argument's whole row. The same texts every time, so each is
   * built once.
   */
  private saveVoteText(withdraw: boolean, withArgument: boolean): string {
    const key = `${withdraw}:${withArgument}`;
    const built = this.voteStatements.get(key);
    if (built !== undefined) return built;
    const { removed, saved } = saveVoteSql('$1', '$3', 'target');
    const checks = `${this.bans.notBannedSql('$1', 't')} AND ${this.auth.liveActorSql('$1', '$4::uuid')}`;
    const sql = `WITH target AS (${this.arguments_.voteTargetSql('$1', '$2', checks, withArgument)}),
         written AS (${withdraw ? removed : saved}),
         delta AS (
           SELECT t."id" AS argument_id, t."authorId" AS author_id,
                  (($3::int = 1)::int - (w.before = 1)::int) AS up,
                  (($3::int = -1)::int - (w.before = -1)::int) AS down
           FROM target t, written w
         ),
         counted AS (${this.arguments_.voteCountersSql('delta')}),
         reputed AS (${this.users.voteReputationSql('delta')})
         SELECT ${withArgument ? 't.*' : 't."threadId"'}, c.upvotes AS "newUpvotes",
                c.downvotes AS "newDownvotes", c.score AS "newScore"
         FROM (SELECT 1) one LEFT JOIN target t ON true LEFT JOIN counted c ON true`;
    this.voteStatements.set(key, sql);
    return sql;
  }

  /** Why the vote statement wrote nothing, read only on this path. */
  private async refusal(actor: User, familyId: string, argumentId: string): Promise<Error> {
    const account = await this.auth.liveAccount(actor.id, familyId);
    const refusal = accountRefusal(account, { minRole: Role.USER, allowSuspended: false });
    if (refusal) return refusal;
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
