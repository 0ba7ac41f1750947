/**
 * Fan-out cost of live events: database statements per event for 1, 50 and 500 subscribers of
 * one thread, anonymous and signed in, on one instance (in-memory PGlite, or DATABASE_URL).
 * Subscribers of one class share the event's reads, so the count should not grow with them.
 *
 *   npm run bench
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createClient, Client as WsClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { createApp } from '../src/app.factory';
import { TokenService } from '../src/auth/token.service';
import { loadConfig } from '../src/config/app-config';
import { ThreadActivityKind } from '../src/realtime/dto/thread-activity.model';
import { ThreadEvents } from '../src/realtime/thread-events';
import { Role } from '../src/common/auth/role.enum';

const SIZES = [1, 50, 500];
const EVENTS = 5;
const ACTIVITY = `subscription($threadId: ID!) { threadActivity(threadId: $threadId) {
  kind sequence thread { id motion argumentCount }
  argument { id body upvotes myVote author { username trustLevel } } } }`;

/** Counts every statement sent through the pg driver (PGlite is reached through it too). */
function countStatements(): { read(): number; restore(): void } {
  const original = PgClient.prototype.query;
  let count = 0;
  PgClient.prototype.query = function (this: PgClient, ...args: unknown[]) {
    count += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as never;
  return { read: () => count, restore: () => (PgClient.prototype.query = original) };
}

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_SAMPLE: 'false' });
  config.database.url = process.env.DATABASE_URL || undefined;
  config.database.pgliteDataDir = '';
  if (config.database.url) throw new Error('Run on the embedded database (unset DATABASE_URL)');
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as { port: number }).port;
  const ds = app.get(DataSource);
  const tokens = app.get(TokenService);
  const [author] = await ds.query(
    `INSERT INTO users (username, email, password_hash, role) VALUES ('author', 'a@x', 'x', 'MODERATOR') RETURNING id`,
  );
  const [thread] = await ds.query(
    `INSERT INTO threads (motion, creator_id) VALUES ('Should the bench pass?', $1) RETURNING id`,
    [author.id],
  );
  const [arg] = await ds.query(
    `INSERT INTO arguments (thread_id, author_id, side, stance_on_motion, depth, body, status)
     VALUES ($1, $2, 'PRO', 'PRO', 0, 'A benchmark argument', 'PUBLISHED') RETURNING id`,
    [thread.id, author.id],
  );
  const signedIn = async (i: number): Promise<string> => {
    const [u] = await ds.query(
      `INSERT INTO users (username, email, password_hash) VALUES ($1, $2, 'x') RETURNING id`,
      [`reader${i}`, `reader${i}@x`],
    );
    const familyId = randomUUID();
    await ds.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [u.id, familyId, randomUUID()],
    );
    return tokens.signAccessToken({ userId: u.id, role: Role.USER, sessionFamilyId: familyId });
  };
  const readerTokens: string[] = [];
  for (let i = 0; i < Math.max(...SIZES); i++) readerTokens.push(await signedIn(i));

  const events = app.get(ThreadEvents);
  console.log('Fan-out: database statements per event on one instance (embedded PGlite)');
  console.log('subscribers  anonymous  signed-in');
  for (const n of SIZES) {
    const row: string[] = [String(n).padStart(11)];
    for (const anonymous of [true, false]) {
      const clients: WsClient[] = [];
      let received = 0;
      let ready = 0;
      for (let i = 0; i < n; i++) {
        const client = createClient({
          url: `ws://127.0.0.1:${port}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: anonymous ? {} : { authorization: `Bearer ${readerTokens[i]}` },
          on: { connected: () => void ready++ },
        });
        client.subscribe(
          { query: ACTIVITY, variables: { threadId: thread.id } },
          {
            next: () => void received++,
            error: (e) => console.error(e),
            complete: () => undefined,
          },
        );
        clients.push(client);
      }
      while (ready < n) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 300)); // subscriptions registered
      const counter = countStatements();
      for (let e = 0; e < EVENTS; e++) {
        const target = received + n;
        events.publish(thread.id, ThreadActivityKind.ARGUMENT_UPDATED, arg.id);
        while (received < target) await new Promise((r) => setTimeout(r, 5));
      }
      const perEvent = counter.read() / EVENTS;
      counter.restore();
      row.push(perEvent.toFixed(1).padStart(anonymous ? 10 : 10));
      for (const c of clients) await c.dispose();
    }
    console.log(row.join(' '));
  }
  await app.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
