import { Injectable } from '@nestjs/common';
import { ThreadEvents } from '../realtime/thread-events';
import { User } from '../users/user.entity';
import { Thread } from './thread.entity';

export type ThreadOpenedListener = (thread: Thread, actor: User) => Promise<void>;

/**
 * Work that follows a new thread once it is committed (seeding the article's claims), registered
 * by the features that do it, so the threads module need not know them. Listeners run in order
 * and are awaited: when `createThread` answers, their work is done.
 */
@Injectable()
export class ThreadOpenedHooks {
  private readonly listeners: ThreadOpenedListener[] = [];

  constructor(private readonly events: ThreadEvents) {}

  register(listener: ThreadOpenedListener): void {
    this.listeners.push(listener);
  }

  async run(thread: Thread, actor: User): Promise<void> {
    this.events.threadOpened(thread.id);
    for (const listener of this.listeners) await listener(thread, actor);
  }
}
