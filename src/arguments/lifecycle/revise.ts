import { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors/app-errors';
import { applySideChange } from '../counters/argument-counters';
import { combineSides, Side } from '../argument-enums';
import { ArgumentRevision } from '../argument-revision.entity';
import { renderedBodyOf } from '../rendered-body';
import { ArgumentEntity } from '../argument.entity';
import { BODY_MAX, SourceInput } from '../dto/create-argument.input';
import { flipSubtreeStances } from './flip-subtree-stances';
import { retireSources, saveSources } from './sources';
import { isVisible } from '../argument-visibility';

export interface RevisionChange {
  body?: string;
  side?: Side;
  sources?: SourceInput[];
}

/** What a revision changed, as the moderation log records it. */
export interface RevisionSummary {
  before?: string;
  after?: string;
  details?: string;
}

/** Whether `change` would alter the argument at all. */
export const changesAnything = (arg: ArgumentEntity, change: RevisionChange): boolean =>
  (change.body?.trim() ?? arg.body) !== arg.body ||
  (change.side ?? arg.side) !== arg.side ||
  change.sources !== undefined;

/**
 * The one way an argument's text, side or sources change, for its author and for a moderator
 * approving a held post alike: the earlier version becomes a revision, counters follow a side
 * change, and the stance on the motion of the whole subtree is recomputed. Returns null when
 * nothing changes. Who may revise, from which states, is the caller's check (REVISABLE).
 */
export async function revise(
  manager: EntityManager,
  arg: ArgumentEntity,
  editorId: string,
  change: RevisionChange,
): Promise<RevisionSummary | null> {
  const body = change.body?.trim() ?? arg.body;
  if (body.length === 0) throw badInput('body', `body must be 1–${BODY_MAX} characters`);
  if (!changesAnything(arg, change)) return null;
  const side = change.side ?? arg.side;

  const revision = await manager.save(
    manager.create(ArgumentRevision, {
      argumentId: arg.id,
      body: arg.body,
      side: arg.side,
      editorId,
    }),
  );
  const before = { ...arg } as ArgumentEntity;
  let stanceOnMotion = arg.stanceOnMotion;
  if (side !== before.side) {
    const parent = arg.parentId
      ? await manager.findOneOrFail(ArgumentEntity, { where: { id: arg.parentId } })
      : null;
    stanceOnMotion = parent ? combineSides(parent.stanceOnMotion, side) : side;
  }
  const editedAt = new Date();
  // The text readers get is rendered here, once, rather than on every read.
  const rendered = body === before.body ? {} : renderedBodyOf(body);
  const changed = { body, ...rendered, side, stanceOnMotion, editedAt };
  await manager.update(ArgumentEntity, { id: arg.id }, changed);
  Object.assign(arg, changed);
  if (side !== before.side) {
    if (isVisible(arg)) await applySideChange(manager, before, arg);
    if (stanceOnMotion !== before.stanceOnMotion) await flipSubtreeStances(manager, arg);
  }
  if (change.sources) {
    await retireSources(manager, arg.id, revision.id);
    await saveSources(manager, arg.id, change.sources);
  }
  return {
    before: before.body,
    after: body,
    details: side !== before.side ? `side ${before.side} → ${side}` : undefined,
  };
}
