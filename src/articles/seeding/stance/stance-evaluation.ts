import { featurise, predictWithFrame, trainStanceModel, type StanceModel } from './stance-model';
import type { StanceExample } from './stance-model';
import type { StanceFile } from './stance-data';
import { topicFrame } from './topic-frame';

export interface TopicAccuracy {
  topicId: string;
  topic: string;
  claims: number;
  correct: number;
  /** True when the topic is in the training data and was predicted by a model trained without it. */
  heldOut: boolean;
}

export interface StanceEvaluation {
  topics: TopicAccuracy[];
  claims: number;
  correct: number;
}

/**
 * Predicts every claim of `file` from its topic and text only, then scores against the labels.
 * A topic that is also in `training` is predicted by a model fitted without that topic (so the
 * training split is scored as cross-validation by held-out topic); other topics use `shipped`.
 */
export function evaluateStance(
  file: StanceFile,
  training: StanceExample[],
  shipped: StanceModel,
): StanceEvaluation {
  const featured = featurise(training);
  const trainingTopics = new Set(training.map((e) => normalise(e.topic)));
  const byTopic = new Map<string, StanceFile['rows']>();
  for (const row of file.rows) {
    const rows = byTopic.get(row.topicId) ?? [];
    rows.push(row);
    byTopic.set(row.topicId, rows);
  }
  const topics: TopicAccuracy[] = [];
  for (const [topicId, rows] of byTopic) {
    const topic = rows[0].topic;
    const heldOut = trainingTopics.has(normalise(topic));
    const model = heldOut
      ? trainStanceModel(featured.filter((x) => normalise(x.e.topic) !== normalise(topic)))
      : shipped;
    const frame = topicFrame(topic);
    const predictions = rows.map((r) => predictWithFrame(model, frame, r.claim).stance);
    // Labels are looked at only now, after every claim of the topic has been predicted.
    const correct = rows.filter((r, i) => file.labels.get(r.claimId) === predictions[i]).length;
    topics.push({ topicId, topic, claims: rows.length, correct, heldOut });
  }
  return {
    topics,
    claims: topics.reduce((n, t) => n + t.claims, 0),
    correct: topics.reduce((n, t) => n + t.correct, 0),
  };
}

function normalise(topic: string): string {
  return topic.trim().toLowerCase().replace(/\s+/gu, ' ');
}
