import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { QueueItem } from '../../queue/queue-item.entity';
import { ModerateAction } from './moderate.input';

/** The actions that need nothing but the item and a reason, so they apply to many at once. */
export const BULK_ACTIONS = [
  ModerateAction.APPROVE,
  ModerateAction.REJECT,
  ModerateAction.REMOVE,
  ModerateAction.IGNORE,
] as const;

export const BULK_MAX = 50;

@InputType({ description: 'One action on many queue items, each decided on its own' })
export class ModerateItemsInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'itemIds must name 1–50 items' })
  @ArrayMaxSize(BULK_MAX, { message: 'itemIds must name 1–50 items' })
  @ArrayUnique({ message: 'itemIds must not repeat an item' })
  @IsUUID('all', { each: true, message: 'itemIds must be IDs' })
  itemIds: string[];

  @Field(() => ModerateAction, { description: 'APPROVE, REJECT, REMOVE or IGNORE' })
  @IsEnum(ModerateAction)
  action: ModerateAction;

  @Field({ nullable: true, description: 'Required for REJECT and REMOVE' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@ObjectType({ description: 'What happened to one item of a bulk action' })
export class ModerateItemResult {
  @Field(() => ID)
  itemId: string;

  @Field()
  ok: boolean;

  @Field(() => QueueItem, { nullable: true, description: 'The item after the action' })
  item: QueueItem | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused (an error code)' })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  errorMessage: string | null;
}

@ObjectType()
export class ModerateItemsPayload {
  @Field(() => [ModerateItemResult], { description: 'In the order the items were given' })
  results: ModerateItemResult[];
}
