import { EntityManager } from 'typeorm';
import { lockRowsInOrder } from '../../common/database/lock-rows-in-order';
import { computeBalance } from '../../ranking/thread-balance';

/**
 * Each argument's weight in the thread's balance, kept on its row so that no read has to roll
 * the tree up (src/ranking/thread-balance.ts is the reference):
 *
 *   weight(a)         = max(0, max(0, up − down) + 1 + childrenWeight(a)) while published, else 0
 *   childrenWeight(a) = Σ weight(PRO replies) − Σ weight(CON replies)
 *
 * A change to one argument moves its weight, its parent's childrenWeight and so on up the path
 * only as far as a weight actually changes. What reaches a top-level argument is the change to
 * the thread's balance, which the caller hands to the threads' counters.
 */
export interface BalanceDelta {
  threadId: string;
  pro: number;
  con: number;
}

/** A row's weight from its own columns and a childrenWeight expression. */
const weightSql = (a: string, childrenWeight: string) =>
  `CASE WHEN ${a}.status = 'PUBLISHED'
     THEN greatest(0, greatest(0, ${a}.upvotes - ${a}.downvotes) + 1 + ${childrenWeight})
     ELSE 0 END`;

/** What a changed child adds to its parent's childrenWeight. */
const childDelta = `(CASE WHEN w.side = 'PRO' THEN 1 ELSE -1 END) * (w.new_w - w.old_w)`;

/**
 * Re-weighs one argument after its votes or visibility changed, and its ancestors as far as the
 * change reaches, in one statement of the caller's transaction. The path is locked first (in id
 * order, as every multi-row update of arguments locks), so concurrent changes below one
 * ancestor apply one after the other.
 */
export async function settleWeight(
  manager: EntityManager,
  arg: { id: string; threadId: string; ancestorIds: string[] },
): Promise<BalanceDelta> {
  await lockRowsInOrder(manager, 'arguments', arg.ancestorIds);
  const rows: { side: 'PRO' | 'CON'; delta: number }[] = await manager.query(
    `WITH RECURSIVE walk (id, parent_id, side, old_w, new_w, new_cw) AS (
         SELECT a.id, a.parent_id, a.side, a.weight, ${weightSql('a', 'a.children_weight')}, a.children_weight
         FROM arguments a WHERE a.id = $1
       UNION ALL
         SELECT p.id, p.parent_id, p.side, p.weight,
                ${weightSql('p', `p.children_weight + ${childDelta}`)}, p.children_weight + ${childDelta}
         FROM walk w JOIN arguments p ON p.id = w.parent_id
         WHERE w.new_w <> w.old_w
     ), saved AS (
       UPDATE arguments a SET weight = w.new_w, children_weight = w.new_cw
       FROM walk w WHERE a.id = w.id AND (a.weight <> w.new_w OR a.children_weight <> w.new_cw)
     )
     SELECT side, new_w - old_w AS delta FROM walk WHERE parent_id IS NULL AND new_w <> old_w`,
    [arg.id],
  );
  const delta = { threadId: arg.threadId, pro: 0, con: 0 };
  for (const r of rows) delta[r.side === 'PRO' ? 'pro' : 'con'] += Number(r.delta);
  return delta;
}

/**
 * Re-weighs a whole thread from its rows (after a move or a side change, which shift weight
 * between branches); returns the balance to store.
 */
export async function reweighThread(
  manager: EntityManager,
  threadId: string,
): Promise<{ pro: number; con: number }> {
  const rows: {
    id: string;
    parentId: string | null;
    side: 'PRO' | 'CON';
    up: number;
    down: number;
  }[] = await manager.query(
    `SELECT id, parent_id AS "parentId", side, upvotes AS up, downvotes AS down
       FROM arguments WHERE thread_id = $1 AND status = 'PUBLISHED' ORDER BY id FOR NO KEY UPDATE`,
    [threadId],
  );
  const { proWeight, conWeight, weights } = computeBalance(rows);
  const childrenWeight = new Map<string, number>();
  for (const r of rows) {
    if (!r.parentId) continue;
    const w = (weights.get(r.id) ?? 0) * (r.side === 'PRO' ? 1 : -1);
    childrenWeight.set(r.parentId, (childrenWeight.get(r.parentId) ?? 0) + w);
  }
  const ids = [...new Set([...weights.keys(), ...childrenWeight.keys()])];
  await manager.query(
    `UPDATE arguments a
     SET weight = coalesce(x.weight, 0), children_weight = coalesce(x.children_weight, 0)
     FROM arguments t
     LEFT JOIN unnest($2::uuid[], $3::int[], $4::int[]) AS x(id, weight, children_weight) ON x.id = t.id
     WHERE t.thread_id = $1 AND a.id = t.id`,
    [
      threadId,
      ids,
      ids.map((id) => weights.get(id) ?? 0),
      ids.map((id) => childrenWeight.get(id) ?? 0),
    ],
  );
  return { pro: proWeight, con: conWeight };
}
