import { ArgumentRevision } from '../arguments/argument-revision.entity';
import { ArgumentSource } from '../arguments/argument-source.entity';
import { ArgumentEntity } from '../arguments/argument.entity';
import { Article } from '../articles/article.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { StanceChange } from '../votes/stances/stance-change.entity';
import { StanceEntity } from '../votes/stances/stance.entity';
import { Thread } from '../threads/thread.entity';
import { User } from '../users/user.entity';
import { Vote } from '../votes/vote.entity';

/** Every entity; the migrations must agree with these (a test checks). */
export const ENTITIES: (new () => object)[] = [
  User,
  RefreshToken,
  Article,
  Thread,
  ArgumentEntity,
  ArgumentSource,
  ArgumentRevision,
  Vote,
  StanceEntity,
  StanceChange,
];
