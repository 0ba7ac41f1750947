import { Field, Float, ObjectType } from '@nestjs/graphql';
import { StanceCounts } from '../stances/dto/stance-counts.model';

@ObjectType({
  description:
    'Where a thread stands: readers’ stances, and the argument tree rolled up into a PRO and a CON weight (see docs/RANKING.md)',
})
export class ThreadBalance {
  @Field(() => StanceCounts)
  stances: StanceCounts;

  @Field(() => Float, { description: 'Summed weight of the top-level PRO arguments' })
  proWeight: number;

  @Field(() => Float, { description: 'Summed weight of the top-level CON arguments' })
  conWeight: number;

  @Field(() => Float, {
    nullable: true,
    description: 'proWeight / (proWeight + conWeight); null while the thread has no arguments',
  })
  proShare: number | null;
}
