import { EntityManager } from 'typeorm';
import { lockRowsInOrder } from '../../common/database/lock-rows-in-order';
import { ArgumentEntity } from '../argument.entity';
import { Side } from '../argument-enums';
import { visibleSql } from '../argument-visibility';

/**
 * Adds `delta` (+1 or −1) for one argument becoming visible or invisible: the thread's counts,
 * the parent's PRO/CON child count, and every ancestor's descendant count. Runs inside the
 * caller's transaction, as single UPDATE statements, so concurrent changes never lose a count.
 */
export async function applyVisibilityDelta(
  manager: EntityManager,
  arg: ArgumentEntity,
  delta: 1 | -1,
): Promise<void> {
  const stanceColumn = arg.stanceOnMotion === Side.PRO ? 'pro_count' : 'con_count';
  await manager.query(
    `UPDATE threads SET argument_count = argument_count + $2, ${stanceColumn} = ${stanceColumn} + $2,
       last_activity_at = CASE WHEN $2 > 0 THEN now() ELSE last_activity_at END
     WHERE id = $1`,
    [arg.threadId, delta],
  );
  const ancestors = [...arg.ancestorIds, ...(arg.parentId ? [arg.parentId] : [])];
  // The rows below in id order, as every multi-row update of arguments does: no deadlocks.
  await lockRowsInOrder(manager, 'arguments', ancestors);
  if (arg.parentId) {
    const childColumn = arg.side === Side.PRO ? 'pro_children_count' : 'con_children_count';
    await manager.query(`UPDATE arguments SET ${childColumn} = ${childColumn} + $2 WHERE id = $1`, [
      arg.parentId,
      delta,
    ]);
  }
  if (ancestors.length > 0) {
    await manager.query(
      `UPDATE arguments SET descendant_count = descendant_count + $2 WHERE id = ANY($1::uuid[])`,
      [ancestors, delta],
    );
  }
}

/** Moves one visible argument's contribution from one side to another (a side edit). */
export async function applySideChange(
  manager: EntityManager,
  before: ArgumentEntity,
  after: ArgumentEntity,
): Promise<void> {
  await applyVisibilityDelta(manager, before, -1);
  await applyVisibilityDelta(manager, after, 1);
}

/** Recounts participants from the rows: distinct authors of visible arguments. */
export async function refreshParticipantCount(
  manager: EntityManager,
  threadId: string,
): Promise<void> {
  await manager.query(
    `UPDATE threads SET participant_count = (
       SELECT count(DISTINCT author_id) FROM arguments
       WHERE thread_id = $1 AND author_id IS NOT NULL AND ${visibleSql('arguments')}
     ) WHERE id = $1`,
    [threadId],
  );
}

/**
 * Recounts every tree counter of one thread from its rows: children and descendant counts of
 * each argument, and the thread's totals. For rare restructurings (a moderator's MOVE), where
 * patching counts along two paths would be easy to get wrong.
 */
export async function recountThread(manager: EntityManager, threadId: string): Promise<void> {
  await manager.query(
    `WITH visible AS (SELECT * FROM arguments WHERE thread_id = $1 AND ${visibleSql('arguments')}),
     children AS (
       SELECT parent_id, count(*) FILTER (WHERE side = 'PRO') AS pro,
              count(*) FILTER (WHERE side = 'CON') AS con
       FROM visible WHERE parent_id IS NOT NULL GROUP BY parent_id
     ),
     descendants AS (
       SELECT ancestor, count(*) AS n FROM visible, unnest(ancestor_ids) AS ancestor GROUP BY ancestor
     )
     UPDATE arguments a
     SET pro_children_count = coalesce(c.pro, 0), con_children_count = coalesce(c.con, 0),
         descendant_count = coalesce(d.n, 0)
     FROM arguments t
     LEFT JOIN children c ON c.parent_id = t.id
     LEFT JOIN descendants d ON d.ancestor = t.id
     WHERE t.thread_id = $1 AND a.id = t.id`,
    [threadId],
  );
  await manager.query(
    `UPDATE threads SET
       argument_count = (SELECT count(*) FROM arguments WHERE thread_id = $1 AND ${visibleSql('arguments')}),
       pro_count = (SELECT count(*) FROM arguments WHERE thread_id = $1 AND ${visibleSql('arguments')} AND stance_on_motion = 'PRO'),
       con_count = (SELECT count(*) FROM arguments WHERE thread_id = $1 AND ${visibleSql('arguments')} AND stance_on_motion = 'CON')
     WHERE id = $1`,
    [threadId],
  );
}

/**
 * A batch of votes' counter update, as the body of a data-modifying CTE for the batch's one
 * statement: `delta` names a CTE of (argument_id, up, down), one row per argument; returns each
 * argument's id and new counters.
 */
export const voteCountersSql = (delta: string): string =>
  `UPDATE arguments a SET upvotes = a.upvotes + d.up, downvotes = a.downvotes + d.down,
     score = a.score + d.up - d.down
   FROM ${delta} d WHERE a.id = d.argument_id
   RETURNING a.id, a.upvotes, a.downvotes, a.score`;
