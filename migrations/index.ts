import { ModeratorNotes1796150765663 } from './1796150765663-ModeratorNotes';
import { HeldEdits1796148705425 } from './1796148705425-HeldEdits';
import { Notifications1796139431938 } from './1796139431938-Notifications';
import { ModerationThatHolds1796136889601 } from './1796136889601-ModerationThatHolds';
import { SourceRevisions1795837769768 } from './1795837769768-SourceRevisions';
import { SeededClaims1795837476421 } from './1795837476421-SeededClaims';
import { Moderation1795837159014 } from './1795837159014-Moderation';
import { Stances1795836146547 } from './1795836146547-Stances';
import { Votes1795833388422 } from './1795833388422-Votes';
import { Debates1795832360787 } from './1795832360787-Debates';
import type { MigrationInterface } from 'typeorm';
import { StoredBalance1796200000000 } from './1796200000000-StoredBalance';
import { Accounts1795831936335 } from './1795831936335-Accounts';
import { ThreadBansAndSuspensionRemovals1796300000000 } from './1796300000000-ThreadBansAndSuspensionRemovals';
import { RenderedBodies1796400000000 } from './1796400000000-RenderedBodies';
/** Every migration, oldest first (migration:generate appends here). */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Accounts1795831936335,
  Debates1795832360787,
  Votes1795833388422,
  Stances1795836146547,
  Moderation1795837159014,
  SeededClaims1795837476421,
  SourceRevisions1795837769768,
  ModerationThatHolds1796136889601,
  Notifications1796139431938,
  HeldEdits1796148705425,
  ModeratorNotes1796150765663,
  StoredBalance1796200000000,
  ThreadBansAndSuspensionRemovals1796300000000,
  RenderedBodies1796400000000,
];
