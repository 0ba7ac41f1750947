import { EntityManager } from 'typeorm';
import { forbidden } from '../../common/errors/app-errors';
import { findById } from '../../common/database/find-by-id';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { User } from '../../users/user.entity';
import { Appeal } from '../appeals/appeal.entity';
import { QueueItem } from '../queue/queue-item.entity';

/**
 * Nobody may claim or decide an item about their own argument or their own appeal, nor an
 * appeal of their own decision (a claim alone would let them keep it from everyone else).
 */
export async function assertImpartial(
  manager: EntityManager,
  moderator: User,
  item: QueueItem,
): Promise<void> {
  if (item.appealId) {
    const appeal = await findById(manager, Appeal, item.appealId);
    if (appeal?.appellantId === moderator.id) {
      throw forbidden('You cannot decide your own appeal');
    }
    if (appeal?.actedById === moderator.id) {
      throw forbidden('A different moderator must decide an appeal of your decision');
    }
  }
  if (item.argumentId) {
    const arg = await findById(manager, ArgumentEntity, item.argumentId);
    if (arg?.authorId === moderator.id) throw forbidden('You cannot moderate your own argument');
  }
}
