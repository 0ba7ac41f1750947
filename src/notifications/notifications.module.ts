import { Module } from '@nestjs/common';
import { CommitPublisher } from './commit-publisher';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Durable notifications (written by the actions themselves, see notify) and their live feed. */
@Module({
  providers: [NotificationsService, NotificationsResolver, CommitPublisher],
})
export class NotificationsModule {}
