import { EntityManager, IsNull } from 'typeorm';
import { ArgumentSource } from '../argument-source.entity';
import { SourceInput } from '../dto/create-argument.input';

/** Writes an argument's current sources, in the order given. */
export async function saveSources(
  manager: EntityManager,
  argumentId: string,
  sources: SourceInput[],
): Promise<void> {
  if (sources.length === 0) return;
  await manager.insert(
    ArgumentSource,
    sources.map((s, position) => ({
      argumentId,
      position,
      url: s.url.trim(),
      title: s.title.trim(),
      excerpt: s.excerpt?.trim() || null,
    })),
  );
}

/** The replaced sources stay, as part of the revision that keeps the earlier version. */
export async function retireSources(
  manager: EntityManager,
  argumentId: string,
  revisionId: string,
): Promise<void> {
  await manager.update(ArgumentSource, { argumentId, revisionId: IsNull() }, { revisionId });
}
