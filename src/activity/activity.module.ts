import { Module } from '@nestjs/common';
import { ThreadActivityResolver } from './thread-activity.resolver';

/** The threadActivity subscription: sits above threads and arguments, whose rows it resolves. */
@Module({ providers: [ThreadActivityResolver] })
export class ActivityModule {}
