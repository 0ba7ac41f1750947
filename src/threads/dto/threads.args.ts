import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';
import { ThreadStatus } from '../thread-status.enum';

export enum ThreadOrder {
  NEW = 'NEW',
  ACTIVE = 'ACTIVE',
  MOST_ARGUED = 'MOST_ARGUED',
}
registerEnumType(ThreadOrder, { name: 'ThreadOrder' });

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ThreadOrder, { defaultValue: ThreadOrder.NEW })
  @IsEnum(ThreadOrder)
  orderBy: ThreadOrder = ThreadOrder.NEW;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(40)
  tag?: string;

  @Field({
    nullable: true,
    description: 'Full-text search over motion, description and article title',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class SetThreadStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an ID' })
  threadId: string;

  @Field(() => ThreadStatus)
  @IsEnum(ThreadStatus)
  status: ThreadStatus;

  @Field({
    nullable: true,
    description: 'Required to lock or archive; shown in the moderation log',
  })
  @IsOptional()
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason?: string;
}
