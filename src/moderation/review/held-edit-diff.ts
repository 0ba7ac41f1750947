import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { diffWordsWithSpace } from 'diff';
import { Side } from '../../arguments/argument-enums';
import type { ArgumentEntity } from '../../arguments/argument.entity';
import { HeldEdit } from '../../arguments/held-edit.entity';

export enum DiffPartKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffPartKind, { name: 'DiffPartKind' });

@ObjectType({ description: 'A run of words the edit kept, added or removed' })
export class DiffPart {
  @Field(() => DiffPartKind)
  kind: DiffPartKind;

  @Field()
  text: string;
}

@ObjectType({
  description: 'An edit held for review beside the published version it would replace',
})
export class HeldEditDiff {
  @Field(() => HeldEdit)
  edit: HeldEdit;

  @Field({ description: 'The published text readers see meanwhile' })
  previousBody: string;

  @Field(() => Side)
  previousSide: Side;

  @Field(() => [DiffPart], { description: 'Published text → proposed text, word by word' })
  parts: DiffPart[];
}

/** The published version against the proposed one, as a moderator reviews it. */
export function heldEditDiff(arg: ArgumentEntity, edit: HeldEdit): HeldEditDiff {
  return {
    edit,
    previousBody: arg.body,
    previousSide: arg.side,
    parts: diffWordsWithSpace(arg.body, edit.body).map((c) => ({
      kind: c.added ? DiffPartKind.ADDED : c.removed ? DiffPartKind.REMOVED : DiffPartKind.SAME,
      text: c.value,
    })),
  };
}
