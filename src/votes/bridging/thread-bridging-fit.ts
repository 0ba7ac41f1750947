import { EntityManager } from 'typeorm';
import { stanceFactor } from './stance-factor';
import { BridgingVote, fitBridgingModel } from '../../ranking/bridging-model';
import { storeBridgingScores } from '../../arguments/bridging-scores';

export interface ThreadFitResult {
  votes: number;
  fitted: number;
  ms: number;
}

/**
 * Fits the bridging model over every vote in one thread and stores each argument's intercept as
 * its `bridging_score` (null for arguments with fewer than the model's minimum votes). Stances on
 * the motion seed the user factors. Rows are read in a fixed order and the model is
 * deterministic, so the same votes always give the same scores.
 */
export async function fitThreadBridging(
  manager: EntityManager,
  threadId: string,
): Promise<ThreadFitResult> {
  const started = performance.now();
  const rows: { user_id: string; argument_id: string; value: number }[] = await manager.query(
    `SELECT v.user_id, v.argument_id, v.value FROM votes v
     JOIN arguments a ON a.id = v.argument_id
     WHERE a.thread_id = $1 ORDER BY v.argument_id, v.user_id`,
    [threadId],
  );
  const stanceRows: { user_id: string; stance: string }[] = await manager.query(
    `SELECT user_id, stance FROM stances WHERE thread_id = $1`,
    [threadId],
  );
  const votes: BridgingVote[] = rows.map((r) => ({
    userId: r.user_id,
    argumentId: r.argument_id,
    value: r.value === 1 ? 1 : 0,
  }));
  const stances = new Map(stanceRows.map((s) => [s.user_id, stanceFactor(s.stance)]));
  const fit = fitBridgingModel(votes, { stances });
  await storeBridgingScores(manager, threadId, fit.argumentIntercepts);
  return {
    votes: votes.length,
    fitted: fit.argumentIntercepts.size,
    ms: performance.now() - started,
  };
}
