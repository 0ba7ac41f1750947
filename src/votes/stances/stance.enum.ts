import { registerEnumType } from '@nestjs/graphql';

/** A reader's position on a thread's motion. */
export enum Stance {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
  UNDECIDED = 'UNDECIDED',
}
registerEnumType(Stance, { name: 'Stance', description: 'A position on the motion' });

export const isDecided = (s: Stance | null | undefined): s is Stance.AGREE | Stance.DISAGREE =>
  s === Stance.AGREE || s === Stance.DISAGREE;

/** The number the bridging model seeds a user's factor with. */
export const STANCE_FACTOR: Record<Stance, number> = { AGREE: 1, DISAGREE: -1, UNDECIDED: 0 };
