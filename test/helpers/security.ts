import { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { TestApp } from './test-app';

export const PRODUCTION = {
  NODE_ENV: 'production',
  TOKEN_SECRET: 'a-private-production-secret-for-the-security-suite',
};

/** Starts listening on a free port and returns the WebSocket URL of /graphql. */
export async function wsUrl(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const address = t.app.getHttpServer().address() as AddressInfo;
  return `ws://127.0.0.1:${address.port}/graphql`;
}

export interface WsAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  closed?: { code: number; reason: string };
}

/** Runs one operation over graphql-ws and returns the first thing the server answers. */
export function overWebSocket(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<WsAnswer> {
  return new Promise((resolve) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: {
        closed: (e) => {
          const { code, reason } = e as { code: number; reason: string };
          resolve({ closed: { code, reason } });
        },
      },
    });
    const done = (answer: WsAnswer) => {
      resolve(answer);
      void client.dispose();
    };
    client.subscribe(
      { query, variables },
      {
        next: (msg) => done(msg as WsAnswer),
        error: (e) => done({ errors: Array.isArray(e) ? e : [{ message: String(e) }] }),
        complete: () => undefined,
      },
    );
  });
}

/** Counts SQL statements sent while `work` runs (on PGlite too: it is reached through pg). */
export async function statementsDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  const original = PgClient.prototype.query;
  let statements = 0;
  const spy = jest.spyOn(PgClient.prototype, 'query').mockImplementation(function (
    this: PgClient,
    ...args: unknown[]
  ) {
    statements += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as never);
  try {
    return { result: await work(), statements };
  } finally {
    spy.mockRestore();
  }
}

/** An access token signed with the server's secret that expired a minute ago. */
export function expiredToken(secret: string, userId: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'USER', sid: '00000000-0000-4000-8000-000000000000' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer('rostra')
    .setIssuedAt(now - 120)
    .setExpirationTime(now - 60)
    .sign(new TextEncoder().encode(secret));
}
