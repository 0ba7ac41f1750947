import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { StanceExample, StanceInput } from './stance-model';

/** A claim row of a claim-stance CSV, without its label. */
export interface StanceRow extends StanceInput {
  topicId: string;
  claimId: string;
}

export interface StanceFile {
  rows: StanceRow[];
  /** Gold labels by claim id: read only to score, never to predict. */
  labels: Map<string, 'PRO' | 'CON'>;
}

const REQUIRED = ['topic_id', 'topic', 'claim_id', 'claim', 'stance'];

/**
 * Reads a CSV with the columns topic_id, topic, claim_id, claim and stance (others ignored).
 * The rows handed to the model carry no label.
 */
export function readStanceCsv(path: string): StanceFile {
  const records = readRecords(path);
  const missing = REQUIRED.filter((c) => records.length > 0 && !(c in records[0]));
  if (missing.length > 0) throw new Error(`${path}: missing column(s) ${missing.join(', ')}`);
  const rows: StanceRow[] = [];
  const labels = new Map<string, 'PRO' | 'CON'>();
  records.forEach((r, i) => {
    const claimId = r.claim_id || `row-${i + 2}`;
    rows.push({ topicId: r.topic_id, topic: r.topic, claimId, claim: r.claim });
    const stance = r.stance.trim().toUpperCase();
    if (stance === 'PRO' || stance === 'CON') labels.set(claimId, stance);
  });
  return { rows, labels };
}

function readRecords(path: string): Array<Record<string, string>> {
  return parse(readFileSync(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  }) as Array<Record<string, string>>;
}

/** The labelled training examples (with the claim's annotated sentiment where it has one) of a claim-stance CSV. */
export function readStanceExamples(path: string): StanceExample[] {
  const { rows, labels } = readStanceCsv(path);
  const annotations = new Map(readRecords(path).map((r, i) => [r.claim_id || `row-${i + 2}`, r]));
  return rows.flatMap((r) => {
    const stance = labels.get(r.claimId);
    if (!stance) return [];
    const sentiment = Number(annotations.get(r.claimId)?.claim_sentiment);
    const example: StanceExample = { topicId: r.topicId, topic: r.topic, claim: r.claim, stance };
    if (sentiment === 1 || sentiment === -1) example.claimSentiment = sentiment;
    return [example];
  });
}
