import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { ConnectionType, PageArgs } from '../../common/pagination/connection';
import { Notification } from '../notification.entity';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only those not yet marked read' })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification, 'Notification') {
  @Field(() => Int, { description: 'Unread notifications in all (not only on this page)' })
  unreadCount: number;
}

@InputType({ description: 'Give the notifications to mark read, or none to mark them all' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'ids takes at most 100 notifications' })
  @IsUUID('all', { each: true, message: 'ids must be IDs' })
  ids?: string[];
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many were unread and are now read' })
  marked: number;

  @Field(() => Int)
  unreadCount: number;
}
