import { ArgumentRevision } from '../arguments/argument-revision.entity';
import { ArgumentSource } from '../arguments/argument-source.entity';
import { ArgumentEntity } from '../arguments/argument.entity';
import { HeldEdit } from '../arguments/held-edit.entity';
import { Article } from '../articles/article.entity';
import { Appeal } from '../moderation/appeals/appeal.entity';
import { ModLogEntry } from '../audit/mod-log-entry.entity';
import { QueueItem } from '../moderation/queue/queue-item.entity';
import { Report } from '../moderation/reports/report.entity';
import { WatchedWord } from '../moderation/rules/watched-word.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { StanceChange } from '../votes/stances/stance-change.entity';
import { StanceEntity } from '../votes/stances/stance.entity';
import { Thread } from '../threads/thread.entity';
import { User } from '../users/user.entity';
import { Notification } from '../notifications/notification.entity';
import { ModeratorNote } from '../moderation/people/moderator-note.entity';
import { Vote } from '../votes/vote.entity';
import { ThreadBan } from '../threads/thread-ban.entity';
import { SuspensionRemoval } from '../moderation/outcomes/suspension-removal.entity';

/** Every entity; the migrations must agree with these (a test checks). */
export const ENTITIES: (new () => object)[] = [
  User,
  RefreshToken,
  Article,
  Thread,
  ArgumentEntity,
  ArgumentSource,
  ArgumentRevision,
  HeldEdit,
  Vote,
  StanceEntity,
  StanceChange,
  Report,
  QueueItem,
  ModLogEntry,
  Appeal,
  WatchedWord,
  Notification,
  ModeratorNote,
  ThreadBan,
  SuspensionRemoval,
];
