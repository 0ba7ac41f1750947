import { writeFileSync } from 'node:fs';
import { readStanceExamples } from '../src/articles/seeding/stance/stance-data';
import { trainStanceModel } from '../src/articles/seeding/stance/stance-model';
import {
  STANCE_MODEL_FILE,
  STANCE_TRAINING_FILE,
} from '../src/articles/seeding/stance/shipped-stance-model';

/** Fits the side model on the shipped claim-stance training split and writes data/stance-model.json. */
function main(): void {
  const examples = readStanceExamples(STANCE_TRAINING_FILE);
  const model = trainStanceModel(examples);
  const rounded = {
    ...model,
    bias: round(model.bias),
    weights: Object.fromEntries(
      Object.entries(model.weights)
        .filter(([, w]) => Math.abs(w) >= 1e-4)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, w]) => [k, round(w)]),
    ),
  };
  writeFileSync(STANCE_MODEL_FILE, `${JSON.stringify(rounded, null, 1)}\n`);
  console.log(
    `wrote ${STANCE_MODEL_FILE}: ${Object.keys(rounded.weights).length} weights from ` +
      `${model.trainedOn.claims} claims of ${model.trainedOn.topics} topics`,
  );
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

main();
