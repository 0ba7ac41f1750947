import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Side } from '../../../arguments/argument-enums';
import { ArgumentEntity } from '../../../arguments/argument.entity';
import { BODY_MAX } from '../../../arguments/dto/create-argument.input';
import { Thread } from '../../../threads/thread.entity';
import { Appeal } from '../../appeals/appeal.entity';
import { QueueItem } from '../../queue/queue-item.entity';

export enum ModerateAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REMOVE = 'REMOVE',
  RESTORE = 'RESTORE',
  IGNORE = 'IGNORE',
  MARK_DUPLICATE = 'MARK_DUPLICATE',
  MOVE = 'MOVE',
  LOCK_THREAD = 'LOCK_THREAD',
  UNLOCK_THREAD = 'UNLOCK_THREAD',
  SET_SLOW_MODE = 'SET_SLOW_MODE',
}
registerEnumType(ModerateAction, {
  name: 'ModerateAction',
  valuesMap: {
    APPROVE: {
      description:
        'Publish a held or seeded post (optionally edited or with its side flipped), or disagree with reports (dismissed: the reporters’ weight falls, and they cannot report this version again), or grant an appeal',
    },
    IGNORE: {
      description:
        'Close the reports on an argument without judging them (no effect on the reporters’ weight); an auto-hidden argument is shown again',
    },
    REJECT: {
      description: 'Turn down a held or seeded post, or deny an appeal (kept for the record)',
    },
    REMOVE: {
      description:
        'Agree with the reports and act: remove the argument (readers see the reason in its place); the reporters’ weight rises',
    },
    RESTORE: { description: 'Publish a removed, hidden or rejected argument again' },
    MARK_DUPLICATE: { description: 'Remove an argument as a duplicate of duplicateOfId' },
    MOVE: { description: 'Move an argument and its replies under newParentId (or toMotion)' },
    LOCK_THREAD: { description: 'Stop new arguments, edits, votes and stances in the thread' },
    UNLOCK_THREAD: { description: 'Open a locked thread again' },
    SET_SLOW_MODE: { description: 'Minimum seconds between one person’s posts in the thread' },
  },
});

/** Actions that take something away; each needs a reason. */
export const NEGATIVE_ACTIONS = new Set<ModerateAction>([
  ModerateAction.REJECT,
  ModerateAction.REMOVE,
  ModerateAction.MARK_DUPLICATE,
  ModerateAction.MOVE,
  ModerateAction.LOCK_THREAD,
  ModerateAction.SET_SLOW_MODE,
]);

@InputType({ description: 'Give the queue item, or the argument or thread acted on' })
export class ModerateInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'itemId must be an ID' })
  itemId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'argumentId must be an ID' })
  argumentId?: string;

  @Field(() => ID, { nullable: true, description: 'For thread actions' })
  @IsOptional()
  @IsUUID('all', { message: 'threadId must be an ID' })
  threadId?: string;

  @Field(() => ModerateAction)
  @IsEnum(ModerateAction)
  action: ModerateAction;

  @Field({
    nullable: true,
    description: 'Required for REJECT, REMOVE, MARK_DUPLICATE, MOVE, LOCK_THREAD and SET_SLOW_MODE',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason?: string;

  @Field(() => ID, { nullable: true, description: 'MARK_DUPLICATE: the original' })
  @IsOptional()
  @IsUUID('all', { message: 'duplicateOfId must be an ID' })
  duplicateOfId?: string;

  @Field(() => ID, { nullable: true, description: 'MOVE: the new parent' })
  @IsOptional()
  @IsUUID('all', { message: 'newParentId must be an ID' })
  newParentId?: string;

  @Field({ nullable: true, description: 'MOVE: onto the motion itself' })
  @IsOptional()
  @IsBoolean()
  toMotion?: boolean;

  @Field(() => Int, { nullable: true, description: 'SET_SLOW_MODE: 0 turns it off' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'slowModeSeconds must be 0–86400' })
  @Max(86_400, { message: 'slowModeSeconds must be 0–86400' })
  slowModeSeconds?: number;

  @Field({ nullable: true, description: 'APPROVE of a held or seeded post: its edited text' })
  @IsOptional()
  @IsString()
  @Length(1, BODY_MAX, { message: `body must be 1–${BODY_MAX} characters` })
  body?: string;

  @Field(() => Side, { nullable: true, description: 'APPROVE of a held or seeded post: its side' })
  @IsOptional()
  @IsEnum(Side)
  side?: Side;
}

@ObjectType()
export class ModeratePayload {
  @Field(() => QueueItem, { nullable: true })
  item?: QueueItem | null;

  @Field(() => ArgumentEntity, { nullable: true })
  argument?: ArgumentEntity | null;

  @Field(() => Thread, { nullable: true })
  thread?: Thread | null;

  @Field(() => Appeal, { nullable: true })
  appeal?: Appeal | null;
}
