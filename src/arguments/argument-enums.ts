import { registerEnumType } from '@nestjs/graphql';

export enum Side {
  PRO = 'PRO',
  CON = 'CON',
}
registerEnumType(Side, {
  name: 'Side',
  description: 'For (PRO) or against (CON) the parent claim',
});

export enum ArgumentStatus {
  PUBLISHED = 'PUBLISHED',
  /** Waiting for a moderator before anyone else sees it. */
  PENDING = 'PENDING',
  /** Hidden automatically while reports are reviewed. */
  HIDDEN = 'HIDDEN',
  REMOVED = 'REMOVED',
  DELETED = 'DELETED',
  REJECTED = 'REJECTED',
}
registerEnumType(ArgumentStatus, { name: 'ArgumentStatus' });

export enum ArgumentOrigin {
  USER = 'USER',
  /** A position reported by the thread's article. */
  ARTICLE = 'ARTICLE',
  KIALO_IMPORT = 'KIALO_IMPORT',
}
registerEnumType(ArgumentOrigin, { name: 'ArgumentOrigin' });

/** PRO of a PRO is PRO; CON of a PRO is CON; CON of a CON is PRO. */
export const combineSides = (parentStance: Side, side: Side): Side =>
  parentStance === side ? Side.PRO : Side.CON;
