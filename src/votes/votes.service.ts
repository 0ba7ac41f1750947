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
import { voteLane } from './vote-lanes';
import { KeyedBatches } from '../common/concurrency/keyed-batches';
import { loaderKey } from '../common/loaders/loader-key';
import { ThreadBansService } from '../threads/thread-bans.service';
import { AuthService } from '../auth/auth.service';
import { accountRefusal } from '../auth/auth.guard';
import { Role } from '../common/auth/role.enum';

const MY_VOTES = loaderKey<string, number>('votes.myVotes');

/** One vote waiting in its lane's batch. */
interface VoteRequest {
  argumentId: string;
  voter: string;
  familyId: string;
  after: number;
  withArgument: boolean;
}

/** What the batch's statement did for one vote; null when it refused it. */
interface SavedVote {
  threadId: string;
  changed: boolean;
  argument?: ArgumentEntity;
}

@Injectable()
export class VotesService {
  /** The batch statements by `saveVotesText`'s choices, built on first use. */
  private readonly voteStatements = new Map<string, string>();
  /**
   * Votes go in by lane, each argument always in the same one: a vote in a lane with nothing
   * being written goes at once, alone; votes that arrive while one is being written go in
   * together as the lane's next batch, one statement and one commit between them, whatever
   * arguments they are on. Under load most of a vote's cost (a round trip, a commit, the
   * argument's row lock a brigade would queue on) is then shared. A voter's votes on one
   * argument stay in their order (one per batch); several lanes keep one busy argument from
   * holding up every other vote.
   */
  private readonly batches = new KeyedBatches<VoteRequest, SavedVote | null>(
    (_lane, votes) => this.saveVotes(votes),
    (vote) => `${vote.voter}:${vote.argumentId}`,
  );

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
   * Sets, changes or withdraws the actor's vote in its argument's batch (`saveVotes`): one
   * statement, atomic on its own, so no BEGIN/COMMIT. The statement also checks that session
   * `familyId` is still signed in and the actor not suspended, so the guard could admit on an
   * account read moments ago. A change schedules the thread's bridging fit once it has
   * committed. `withArgument`: the statement also returns the argument as the batch leaves it
   * (for a payload that shows it).
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
        ? await this.batches.submit(voteLane(argumentId), {
            argumentId,
            voter: actor.id,
            familyId,
            after,
            withArgument,
          })
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
   * A batch of votes with their checks, counters and reputation, each part written by its
   * table's owner (docs/ARCHITECTURE.md, "One statement, several owners"). One result per vote,
   * in order: null when the argument, the session or the account does not take that vote.
   */
  private async saveVotes(votes: VoteRequest[]): Promise<(SavedVote | null)[]> {
    const withArgument = votes.some((v) => v.withArgument);
    const sql = this.saveVotesText(
      votes.some((v) => v.after === 0),
      votes.some((v) => v.after !== 0),
      withArgument,
    );
    const params = [
      votes.map((v) => v.argumentId),
      votes.map((v) => v.voter),
      votes.map((v) => v.after),
      votes.map((v) => v.familyId),
    ];
    // Prepared: the statement's CTEs cost more to plan than to run.
    const rows: Record<string, unknown>[] = await retryOnConflict(() =>
      preparedQuery(this.dataSource, sql, params),
    );
    // One row per vote, in the batch's order; without a target the vote was refused.
    return rows.map((row, i) => {
      if (row.threadId === null) return null;
      const threadId = row.threadId as string;
      const changed = row.changed === true;
      if (!votes[i].withArgument) return { threadId, changed };
      const argument = this.arguments_.hydrate(row);
      // The counters as the batch left them, when any vote of it changed them.
      if (row.newUpvotes !== null) {
        Object.assign(argument, {
          upvotes: Number(row.newUpvotes),
          downvotes: Number(row.newDownvotes),
          score: Number(row.newScore),
        });
      }
      return { threadId, changed, argument };
    });
  }

  /**
   * saveVotes' statement: one text for each mix of writes a batch makes (withdrawals, votes set,
   * or both: each plan holds only the writes it makes), with or without the argument's whole
   * row. The same texts every time, so each is built once. $1, $2, $3, $4: the arguments, the
   * voters, their values (1, -1, 0 to withdraw) and their session families, one each per vote.
   */
  private saveVotesText(withdraws: boolean, sets: boolean, withArgument: boolean): string {
    const key = `${withdraws}:${sets}:${withArgument}`;
    const built = this.voteStatements.get(key);
    if (built !== undefined) return built;
    const { removed, saved } = saveVoteSql('t.voter', 't.value', 'target');
    const writes = [...(sets ? ['saved'] : []), ...(withdraws ? ['removed'] : [])];
    const sql = `WITH input AS (
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::uuid[]) WITH ORDINALITY
             AS i(argument_id, voter, value, family_id, n)),
         argument AS (${this.arguments_.voteTargetSql('$1::uuid[]', withArgument)}),
         target AS (
           SELECT i.voter, i.value, i.n, g.* FROM input i JOIN argument g ON g.id = i.argument_id
           JOIN threads t ON t.id = g."threadId"
           -- Nobody votes on their own argument.
           WHERE g."authorId" IS DISTINCT FROM i.voter
             AND ${this.bans.notBannedSql('i.voter', 't')}
             AND ${this.auth.liveActorSql('i.voter', 'i.family_id')}),
         ${sets ? `saved AS (${saved}),` : ''}
         ${withdraws ? `removed AS (${removed}),` : ''}
         written AS (${writes.map((w) => `SELECT voter, argument_id, before FROM ${w}`).join(' UNION ALL ')}),
         delta AS (
           SELECT t."id" AS argument_id, t."authorId" AS author_id,
                  sum((t.value = 1)::int - (w.before = 1)::int)::int AS up,
                  sum((t.value = -1)::int - (w.before = -1)::int)::int AS down
           FROM written w JOIN target t ON t.voter = w.voter AND t."id" = w.argument_id
           GROUP BY t."id", t."authorId"
         ),
         counted AS (${this.arguments_.voteCountersSql('delta')}),
         reputed AS (${this.users.voteReputationSql('delta')})
         SELECT ${withArgument ? 't.*' : 't."threadId"'}, (w.voter IS NOT NULL) AS changed,
                c.upvotes AS "newUpvotes", c.downvotes AS "newDownvotes", c.score AS "newScore"
         FROM input i LEFT JOIN target t ON t.n = i.n
         LEFT JOIN written w ON w.voter = i.voter AND w.argument_id = i.argument_id
         LEFT JOIN counted c ON c.id = i.argument_id
         ORDER BY i.n`;
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
