import { resolve } from 'node:path';
import { readStanceCsv, readStanceExamples } from '../src/articles/seeding/stance/stance-data';
import { evaluateStance } from '../src/articles/seeding/stance/stance-evaluation';
import {
  shippedStanceModel,
  STANCE_TRAINING_FILE,
} from '../src/articles/seeding/stance/shipped-stance-model';

/**
 * `npm run eval:stance -- <file.csv>`: per-topic and total accuracy of the side model. Topics of
 * the training split are predicted by a model fitted without them (cross-validation by topic).
 */
function main(): void {
  const path = resolve(process.argv[2] ?? STANCE_TRAINING_FILE);
  const file = readStanceCsv(path);
  const result = evaluateStance(
    file,
    readStanceExamples(STANCE_TRAINING_FILE),
    shippedStanceModel(),
  );
  console.log(`${path}: ${result.claims} claims, ${result.topics.length} topics`);
  for (const t of result.topics) {
    const acc = t.claims === 0 ? 0 : t.correct / t.claims;
    const how = t.heldOut ? 'held out' : 'unseen';
    console.log(
      `${t.topicId.padEnd(6)} ${String(t.claims).padStart(4)}  ${acc.toFixed(3)}  ${how.padEnd(8)}  ${t.topic.slice(0, 90)}`,
    );
  }
  const majority = Math.max(
    ...['PRO', 'CON'].map((s) => [...file.labels.values()].filter((l) => l === s).length),
  );
  console.log(`majority class ${(majority / Math.max(1, file.labels.size)).toFixed(3)}`);
  console.log(`accuracy ${(result.correct / Math.max(1, result.claims)).toFixed(3)}`);
}

main();
