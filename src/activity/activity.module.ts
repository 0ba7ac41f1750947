import { Module } from '@nestjs/common';
import { ArgumentsModule } from '../arguments/arguments.module';
import { ThreadsModule } from '../threads/threads.module';
import { ThreadActivityResolver } from './thread-activity.resolver';

/** The threadActivity subscription: sits above threads and arguments, whose rows it resolves. */
@Module({ imports: [ThreadsModule, ArgumentsModule], providers: [ThreadActivityResolver] })
export class ActivityModule {}
