import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ConnectionType, PageArgs } from '../../../common/pagination/connection';
import { QueueItemKind, QueueItemStatus, ReportReason } from '../../moderation-enums';
import { QueueItem } from '../../queue/queue-item.entity';

export enum QueueOrder {
  /** Report weight plus one unit per day waited: the most urgent first. */
  PRIORITY = 'PRIORITY',
  OLDEST = 'OLDEST',
}
registerEnumType(QueueOrder, { name: 'QueueOrder' });

@InputType()
export class QueueFilter {
  @Field(() => QueueItemKind, { nullable: true })
  @IsOptional()
  @IsEnum(QueueItemKind)
  kind?: QueueItemKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'threadId must be an ID' })
  threadId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Items about this person: their arguments, or their appeals',
  })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be an ID' })
  userId?: string;

  @Field(() => ReportReason, { nullable: true, description: 'Items with an open report for this' })
  @IsOptional()
  @IsEnum(ReportReason)
  reason?: ReportReason;

  @Field(() => QueueItemStatus, { defaultValue: QueueItemStatus.OPEN })
  @IsOptional()
  @IsEnum(QueueItemStatus)
  status?: QueueItemStatus = QueueItemStatus.OPEN;
}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => QueueFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QueueFilter)
  filter?: QueueFilter;

  @Field(() => QueueOrder, { defaultValue: QueueOrder.PRIORITY })
  @IsEnum(QueueOrder)
  orderBy: QueueOrder = QueueOrder.PRIORITY;
}

@ObjectType()
export class QueueItemConnection extends ConnectionType(QueueItem, 'QueueItem') {}

@InputType()
export class ClaimQueueItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be an ID' })
  itemId: string;
}

@ObjectType()
export class QueueItemPayload {
  @Field(() => QueueItem)
  item: QueueItem;
}
