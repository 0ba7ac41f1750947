/** The reader's stance on a thread (alias) in SQL, null when not taken, as loadMyStance gives it. */
export const myStanceSql = (alias: string, readerIdSql: string): string =>
  `(SELECT s.stance FROM stances s WHERE s.user_id = ${readerIdSql} AND s.thread_id = ${alias}.id)`;
