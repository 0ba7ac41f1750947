import { readFileSync } from 'node:fs';
import { projectFile } from '../../../config/project-file';
import type { StanceModel } from './stance-model';

/** The trained side model (written by `npm run train:stance`), shipped in data/. */
export const STANCE_MODEL_FILE = projectFile('data', 'stance-model.json');
/** The claim-stance training split it is trained from (CC BY-SA 3.0, see data/claim-stance/README.md). */
export const STANCE_TRAINING_FILE = projectFile('data', 'claim-stance', 'train.csv');

let cached: StanceModel | undefined;

/** The shipped side model, read once. */
export function shippedStanceModel(): StanceModel {
  cached ??= JSON.parse(readFileSync(STANCE_MODEL_FILE, 'utf8')) as StanceModel;
  return cached;
}
