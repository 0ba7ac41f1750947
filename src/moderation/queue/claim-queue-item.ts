import { EntityManager } from 'typeorm';
import { QueueItem } from './queue-item.entity';

/**
 * Claims an open item for `minutes`, unless another moderator's claim is still running. One
 * conditional UPDATE decides between concurrent claims; renewing your own claim is fine.
 * Returns how many rows it claimed (0 or 1).
 */
export async function claimQueueItem(
  manager: EntityManager,
  itemId: string,
  moderatorId: string,
  minutes: number,
): Promise<number> {
  const { affected } = await manager
    .createQueryBuilder()
    .update(QueueItem)
    .set({
      claimedById: moderatorId,
      claimedUntil: () => `now() + make_interval(mins => ${Number(minutes)})`,
    })
    .where('id = :itemId AND status = :open', { itemId, open: 'OPEN' })
    .andWhere('(claimed_by_id IS NULL OR claimed_by_id = :me OR claimed_until < now())', {
      me: moderatorId,
    })
    .execute();
  return affected ?? 0;
}
