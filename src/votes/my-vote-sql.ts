import { VoteValue } from './dto/vote.input';

/**
 * The reader's vote on an argument (alias) in SQL, as voteValueOf gives it: NONE without one.
 * `readerIdSql` is an SQL expression of the reader's user id.
 */
export const myVoteSql = (alias: string, readerIdSql: string): string =>
  `coalesce((SELECT CASE v.value WHEN 1 THEN '${VoteValue.UP}' WHEN -1 THEN '${VoteValue.DOWN}' END
     FROM votes v WHERE v.user_id = ${readerIdSql} AND v.argument_id = ${alias}.id), '${VoteValue.NONE}')`;
