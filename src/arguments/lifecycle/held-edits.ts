import { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors/app-errors';
import { ArgumentEntity } from '../argument.entity';
import { HeldEdit, HeldEditStatus } from '../held-edit.entity';
import { revise, RevisionChange, RevisionSummary } from './revise';

/** The edit of `argumentId` that waits for a moderator, locked, if there is one. */
export function waitingEdit(manager: EntityManager, argumentId: string): Promise<HeldEdit | null> {
  return manager
    .createQueryBuilder(HeldEdit, 'h')
    .setLock('pessimistic_write')
    .where('h.argument_id = :argumentId AND h.status = :status', {
      argumentId,
      status: HeldEditStatus.WAITING,
    })
    .getOne();
}

/**
 * Keeps an author's edit aside for a moderator: the argument itself does not change, so readers
 * keep the published version. One edit waits at a time, so the text a moderator reviews is the
 * text an approval publishes.
 */
export async function holdEdit(
  manager: EntityManager,
  arg: ArgumentEntity,
  editorId: string,
  change: RevisionChange,
  heldReason: string,
): Promise<HeldEdit> {
  if (await waitingEdit(manager, arg.id)) {
    throw badInput(
      'argumentId',
      'Your earlier edit is waiting for a moderator: edit again once it is decided',
    );
  }
  return manager.save(
    manager.create(HeldEdit, {
      argumentId: arg.id,
      editorId,
      body: change.body?.trim() ?? arg.body,
      side: change.side ?? arg.side,
      sources:
        change.sources?.map((s) => ({
          url: s.url.trim(),
          title: s.title.trim(),
          excerpt: s.excerpt?.trim() || null,
        })) ?? null,
      heldReason,
    }),
  );
}

/**
 * Publishes a held edit through `revise` (the published version becomes a revision, written by
 * the edit's author). Refused when others replied meanwhile to an edit that changes the side.
 */
export async function applyHeldEdit(
  manager: EntityManager,
  arg: ArgumentEntity,
  held: HeldEdit,
  moderatorId: string,
): Promise<RevisionSummary> {
  if (held.side !== arg.side) {
    const replies = await manager.count(ArgumentEntity, { where: { parentId: arg.id } });
    if (replies > 0) {
      throw badInput(
        'action',
        'Others have replied since the edit changed its side: REJECT the edit instead',
      );
    }
  }
  const summary = await revise(manager, arg, held.editorId, {
    body: held.body,
    side: held.side,
    sources: held.sources?.map((s) => ({ ...s, excerpt: s.excerpt ?? undefined })),
  });
  await decide(manager, held, HeldEditStatus.APPROVED, moderatorId, null);
  return { ...summary, details: joinDetails('held edit approved', summary?.details) };
}

/** Closes a held edit without publishing it: turned down, or dropped with its argument. */
export function decide(
  manager: EntityManager,
  held: HeldEdit,
  status: HeldEditStatus,
  decidedById: string | null,
  decisionReason: string | null,
): Promise<unknown> {
  Object.assign(held, { status, decidedById, decisionReason, decidedAt: new Date() });
  return manager.update(
    HeldEdit,
    { id: held.id },
    { status, decidedById, decisionReason, decidedAt: () => 'now()' },
  );
}

const joinDetails = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ');
