import type { DataSource } from 'typeorm';
import { groupByKeys } from '../common/loaders/request-loaders';
import { orderBySql } from '../common/pagination/keyset';
import { preparedQuery } from '../common/database/prepared-query';
import { rowMapper } from '../common/database/row-mapper';
import { User } from '../users/user.entity';
import { Side } from './argument-enums';
import { ArgumentEntity } from './argument.entity';
import { LISTED_STATUSES } from './argument-visibility';
import { SORT_KEYS } from './argument-sort-keys';
import { ArgumentSort } from './dto/argument-list.args';

/** The first rows of many lists (one per group) with their authors, in one statement. */
export interface FirstPagesQuery {
  /** How many rows per group: a page size plus one, to tell whether more follow. */
  limit: number;
  sort: ArgumentSort;
}

/** One group of the top-level lists: a thread, and a side or both. */
export interface TopLevelGroup {
  threadId: string;
  side?: Side;
}

/**
 * First pages of lists of arguments, each row whole and with its author's public profile (no
 * e-mail or password hash), so a thread page reads both sides in one statement and every
 * argument's first replies in one more, however many arguments it shows.
 */
export class FirstPages {
  private readonly args;
  private readonly users;

  constructor(private readonly dataSource: DataSource) {
    this.args = rowMapper(dataSource, ArgumentEntity);
    this.users = rowMapper(dataSource, User, ['email', 'passwordHash', 'suspensionReason']);
  }

  /** Top-level arguments of threads, per thread and side (or per thread when `side` is unset). */
  async topLevel(
    groups: readonly TopLevelGroup[],
    q: FirstPagesQuery,
  ): Promise<ArgumentEntity[][]> {
    const bySide = groups.some((g) => g.side);
    const partition = bySide ? 'a.thread_id, a.side' : 'a.thread_id';
    const filter = bySide
      ? `(a.thread_id, a.side::text) IN (SELECT * FROM unnest($1::uuid[], $4::text[]))`
      : `a.thread_id = ANY($1::uuid[])`;
    const params: unknown[] = [groups.map((g) => g.threadId), LISTED_STATUSES, q.limit];
    if (bySide) params.push(groups.map((g) => g.side));
    const rows = await this.read(`a.parent_id IS NULL AND ${filter}`, partition, params, q.sort);
    const keyOf = (g: TopLevelGroup) => (bySide ? `${g.threadId}|${g.side}` : g.threadId);
    return groupByKeys(groups.map(keyOf), rows, (a) => keyOf(a));
  }

  /** Replies to many parents, per parent, optionally of one side. */
  async replies(
    parentIds: readonly string[],
    side: Side | undefined,
    q: FirstPagesQuery,
  ): Promise<ArgumentEntity[][]> {
    const params: unknown[] = [[...parentIds], LISTED_STATUSES, q.limit];
    if (side) params.push(side);
    const rows = await this.read(
      `a.parent_id = ANY($1::uuid[])${side ? ' AND a.side = $4' : ''}`,
      'a.parent_id',
      params,
      q.sort,
    );
    return groupByKeys(parentIds, rows, (a) => a.parentId!);
  }

  /** Rows in each list's order (grouping keeps it), with their authors. */
  private async read(
    where: string,
    partition: string,
    params: unknown[],
    sort: ArgumentSort,
  ): Promise<ArgumentEntity[]> {
    const raw = await preparedQuery(
      this.dataSource,
      `SELECT ${this.args.select('x')}, ${this.users.select('u', 'author.')}
       FROM (
         SELECT a.*, row_number() OVER (PARTITION BY ${partition} ORDER BY ${orderBySql(SORT_KEYS[sort], 'a')}) AS rn
         FROM arguments a
         WHERE ${where} AND a.status::text = ANY($2::text[])
       ) x
       LEFT JOIN users u ON u.id = x.author_id
       WHERE x.rn <= $3
       ORDER BY x.rn`,
      params,
    );
    return raw.map((row) => {
      const arg = this.args.hydrate(row);
      arg.author = arg.authorId ? this.users.hydrate(row, 'author.') : null;
      return arg;
    });
  }
}
