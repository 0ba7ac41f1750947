import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { Thread } from '../../../threads/thread.entity';
import { Stance } from '../stance.enum';

@InputType()
export class SetStanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an ID' })
  threadId: string;

  @Field(() => Stance)
  @IsEnum(Stance)
  stance: Stance;
}

@ObjectType()
export class SetStancePayload {
  @Field(() => Thread)
  thread: Thread;

  @Field(() => Stance)
  stance: Stance;
}
