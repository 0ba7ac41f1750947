import { findCounterMismatches } from '../../src/arguments/counter-invariants';
import { expectOk, TestApp } from './test-app';
import { TestUser } from './users';

export const MODERATE = `mutation($input: ModerateInput!) {
  moderate(input: $input) {
    item { id status resolution }
    argument { id status body statusReason parentId depth stanceOnMotion }
    thread { id status slowModeSeconds }
    appeal { id status decisionReason }
  }
}`;

export const REPORT = `mutation($input: ReportInput!) {
  report(input: $input) { report { id reason weight status snapshot } argument { id status } }
}`;

export const QUEUE = `query($filter: QueueFilter, $orderBy: QueueOrder, $first: Int, $after: String) {
  moderationQueue(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { node {
      id kind status weight reportCount priority note
      argument { id status body }
      reports { reason fallacy note snapshot weight status automatic reporter { id } }
      appeal { id message status }
      claimedBy { id }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export async function moderate(t: TestApp, mod: TestUser, input: Record<string, unknown>) {
  return expectOk(await t.gql(MODERATE, { input }, mod.token)).moderate;
}

export async function queueItems(
  t: TestApp,
  mod: TestUser,
  variables: Record<string, unknown> = {},
): Promise<any[]> {
  const data = expectOk(await t.gql(QUEUE, { first: 100, ...variables }, mod.token));
  return data.moderationQueue.edges.map((e: { node: unknown }) => e.node);
}

/** Row counts of every table that holds what people wrote or did; they must never go down. */
export async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'arguments',
    'argument_revisions',
    'argument_held_edits',
    'reports',
    'moderation_queue_items',
    'mod_log',
    'appeals',
    'watched_words',
    'users',
    'threads',
    'notifications',
    'moderator_notes',
  ];
  const out: Record<string, number> = {};
  for (const table of tables) {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = n;
  }
  return out;
}

export function expectNoRowsLost(before: Record<string, number>, after: Record<string, number>) {
  for (const [table, n] of Object.entries(before)) {
    if (after[table] < n) throw new Error(`${table} lost rows: ${n} → ${after[table]}`);
  }
}

/**
 * Makes accounts 30 days old: past the MEMBER age, so with `TRUST_MEMBER_POSTS: '0'` they are
 * established (their reports weigh 1) while fresh sign-ups stay NEW.
 */
export function ageAccounts(t: TestApp, users: { id: string }[]): Promise<unknown> {
  return t.dataSource.query(
    `UPDATE users SET created_at = now() - interval '30 days' WHERE id = ANY($1::uuid[])`,
    [users.map((u) => u.id)],
  );
}

/**
 * The checks every moderation suite makes: after each test the counters equal their rows; after
 * the suite no table lost a row since `before()` (counted once the set-up is done), then the app
 * closes.
 */
export function checkInvariants(app: () => TestApp, before: () => Record<string, number>) {
  afterEach(async () => expect(await findCounterMismatches(app().dataSource.manager)).toEqual([]));
  afterAll(async () => {
    expectNoRowsLost(before(), await rowCounts(app()));
    await app().close();
  });
}
