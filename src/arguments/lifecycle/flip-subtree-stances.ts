import { EntityManager } from 'typeorm';
import { ArgumentEntity } from '../argument.entity';
import { visibleSql } from '../argument-visibility';

/**
 * The argument's stance on the motion flipped, so every reply below it flips too (each stance
 * is its parent's combined with its side). Visible replies move between the thread's PRO and
 * CON counts in the same statement.
 */
export async function flipSubtreeStances(
  manager: EntityManager,
  arg: ArgumentEntity,
): Promise<void> {
  await manager.query(
    `WITH flipped AS (
       UPDATE arguments
       SET stance_on_motion = (CASE stance_on_motion WHEN 'PRO' THEN 'CON' ELSE 'PRO' END)::argument_side
       WHERE $1::uuid = ANY(ancestor_ids)
       RETURNING stance_on_motion, status
     ), moved AS (
       SELECT count(*) FILTER (WHERE ${visibleSql('flipped')} AND stance_on_motion = 'PRO')
            - count(*) FILTER (WHERE ${visibleSql('flipped')} AND stance_on_motion = 'CON') AS to_pro
       FROM flipped
     )
     UPDATE threads SET pro_count = pro_count + moved.to_pro, con_count = con_count - moved.to_pro
     FROM moved WHERE threads.id = $2 AND moved.to_pro <> 0`,
    [arg.id, arg.threadId],
  );
}
