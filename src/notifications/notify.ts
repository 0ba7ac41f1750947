import { EntityManager } from 'typeorm';
import { publishAfterCommit } from './after-commit';
import { NotificationKind } from './notification-kind';
import { Notification } from './notification.entity';

export const notificationChannel = (userId: string) => `notifications:${userId}`;

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  message: string;
  argumentId?: string | null;
  threadId?: string | null;
}

/**
 * Writes notifications in the caller's transaction (so they exist exactly when the action
 * does) and sends each to its recipient's live subscription once that transaction commits.
 */
export async function notify(manager: EntityManager, notes: NewNotification[]): Promise<void> {
  if (notes.length === 0) return;
  const rows = notes.map((n) => ({
    recipientId: n.recipientId,
    kind: n.kind,
    message: n.message,
    argumentId: n.argumentId ?? null,
    threadId: n.threadId ?? null,
  }));
  const saved = await manager.save(manager.create(Notification, rows));
  for (const n of saved) {
    publishAfterCommit(manager, { channel: notificationChannel(n.recipientId), payload: n });
  }
}

/** Tells an argument's author (if a person wrote it) what happened to it. */
export function notifyAuthor(
  manager: EntityManager,
  arg: { id: string; threadId: string; authorId: string | null },
  kind: NotificationKind,
  message: string,
): Promise<void> {
  if (!arg.authorId) return Promise.resolve();
  return notify(manager, [
    { recipientId: arg.authorId, kind, message, argumentId: arg.id, threadId: arg.threadId },
  ]);
}

export const withReason = (text: string, reason: string | null | undefined) =>
  reason ? `${text}: ${reason}` : text;
