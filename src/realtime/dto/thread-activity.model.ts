import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ThreadActivityKind {
  /** An argument became visible: posted, approved or restored. */
  ARGUMENT_ADDED = 'ARGUMENT_ADDED',
  /** A visible argument changed: edited, voted on, moved. */
  ARGUMENT_UPDATED = 'ARGUMENT_UPDATED',
  /** An argument stopped being visible: withdrawn, removed, hidden or held for review. */
  ARGUMENT_WITHDRAWN = 'ARGUMENT_WITHDRAWN',
  /** The thread itself changed: stances, status, slow mode. */
  THREAD_UPDATED = 'THREAD_UPDATED',
  /** New BRIDGING scores: lists sorted by BRIDGING may have moved. */
  RANKING_UPDATED = 'RANKING_UPDATED',
}
registerEnumType(ThreadActivityKind, { name: 'ThreadActivityKind' });

/** What travels between instances: ids only, so every subscriber reads what it may see. */
export interface ThreadActivityEvent {
  threadId: string;
  kind: ThreadActivityKind;
  argumentId?: string | null;
  /** The thread's event number: one more than the thread's previous event. */
  sequence: number;
}

/** Something that happened in a thread; `thread` and `argument` are read per subscriber. */
@ObjectType({ description: 'Something that happened in a thread, as the subscriber may see it' })
export class ThreadActivity implements ThreadActivityEvent {
  @Field(() => ThreadActivityKind)
  kind: ThreadActivityKind;

  @Field(() => Int, {
    description:
      "This thread's event number, one more than its previous event's: a jump means events were missed (refetch what is shown)",
  })
  sequence: number;

  threadId: string;

  argumentId?: string | null;
}
