import { registerEnumType } from '@nestjs/graphql';
import { STANCE_FACTOR } from '../bridging/stance-factor';

/** A reader's position on a thread's motion. */
export enum Stance {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
  UNDECIDED = 'UNDECIDED',
}
registerEnumType(Stance, { name: 'Stance', description: 'A position on the motion' });

export const isDecided = (s: Stance | null | undefined): s is Stance.AGREE | Stance.DISAGREE =>
  s === Stance.AGREE || s === Stance.DISAGREE;

/** The bridging model seeds a factor for every stance, and for nothing else. */
STANCE_FACTOR satisfies Record<Stance, number>;
