/**
 * The votes table's part of a batch of votes, as CTE bodies for the batch's one statement
 * (votes.service.ts composes them with the arguments' and users' parts). `target` names a CTE
 * with a row (the argument's "id", the voter, the value) per vote an argument takes, at most one
 * per voter and argument; `voter` and `value` are its columns as SQL. Each written row returns
 * its voter and argument.
 *
 * The value before is read from what the write itself did, not from the statement's snapshot,
 * so two votes of one user racing on one argument still move the counters by exactly what
 * changed: the upsert returns a row only when it inserted (before: none) or flipped the value
 * (before: the opposite one), and the delete returns the value it removed.
 */
export function saveVoteSql(voter: string, value: string, target: string) {
  return {
    removed: `DELETE FROM votes v USING ${target} t
       WHERE ${value}::int = 0 AND v.user_id = ${voter} AND v.argument_id = t."id"
       RETURNING v.user_id AS voter, v.argument_id, v.value::int AS before`,
    saved: `INSERT INTO votes (user_id, argument_id, value)
       SELECT ${voter}, t."id", ${value}::smallint FROM ${target} t WHERE ${value}::int <> 0
       ON CONFLICT (user_id, argument_id)
         DO UPDATE SET value = EXCLUDED.value, updated_at = now() WHERE votes.value <> EXCLUDED.value
       RETURNING votes.user_id AS voter, votes.argument_id,
         CASE WHEN xmax = 0 THEN 0 ELSE -votes.value END::int AS before`,
  };
}
