import { EntityManager } from 'typeorm';
import { recountThread } from '../counters/argument-counters';
import { combineSides } from '../argument-enums';
import { ArgumentEntity } from '../argument.entity';

/**
 * Moves an argument, with its replies, under another argument of the same thread (or onto the
 * motion when `newParent` is null). Paths, depths and stances on the motion follow the move:
 * the argument keeps its side relative to its new parent, so its stance on the motion (and that
 * of its whole subtree) flips when the new parent stands the other way.
 */
export async function moveArgument(
  manager: EntityManager,
  arg: ArgumentEntity,
  newParent: ArgumentEntity | null,
): Promise<ArgumentEntity> {
  const prefix = newParent ? [...newParent.ancestorIds, newParent.id] : [];
  const stance = newParent ? combineSides(newParent.stanceOnMotion, arg.side) : arg.side;
  const flip = stance !== arg.stanceOnMotion;
  await manager.query(
    `UPDATE arguments SET parent_id = $2, ancestor_ids = $3::uuid[], depth = cardinality($3::uuid[]),
       stance_on_motion = $4
     WHERE id = $1`,
    [arg.id, newParent?.id ?? null, prefix, stance],
  );
  await manager.query(
    `UPDATE arguments SET
       ancestor_ids = $2::uuid[] || ancestor_ids[array_position(ancestor_ids, $1::uuid):],
       depth = cardinality($2::uuid[]) + cardinality(ancestor_ids) - array_position(ancestor_ids, $1::uuid) + 1,
       stance_on_motion = CASE WHEN $3 THEN
         (CASE stance_on_motion WHEN 'PRO' THEN 'CON' ELSE 'PRO' END)::argument_side
         ELSE stance_on_motion END
     WHERE $1::uuid = ANY(ancestor_ids)`,
    [arg.id, prefix, flip],
  );
  await recountThread(manager, arg.threadId);
  return manager.findOneOrFail(ArgumentEntity, { where: { id: arg.id } });
}
