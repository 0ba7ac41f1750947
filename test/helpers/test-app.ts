import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execute, parse } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { TokenService } from '../../src/auth/token.service';
import { RequestLoaders } from '../../src/common/loaders/request-loaders';
import { RENDER_BODIES_JOB } from '../../src/arguments/stored-html-renderer.service';
import { JOB_QUEUE, JobQueue } from '../../src/jobs/job-queue';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createTestDatabase } from './test-database';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; field?: string; [k: string]: unknown };
  }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** Posts a GraphQL operation, optionally as a signed-in user (their access token). */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  /** The first error's code, or undefined when the operation succeeded. */
  close(): Promise<void>;
}

const UNLIMITED = '1000000,1000000,1000000,1000000';

/** Overrides that put back the product's own pre-moderation and rate limits. */
export const MODERATION_DEFAULTS: Record<string, string> = {
  PREMOD_FIRST_POSTS: '',
  RATE_POSTS_PER_HOUR: '',
  RATE_EDITS_PER_HOUR: '',
  RATE_VOTES_PER_HOUR: '',
  RATE_REPORTS_PER_DAY: '',
};

/** Boots the real AppModule on a fresh database. `env` overrides the test defaults. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_SAMPLE: 'false',
    PGLITE_DATA_DIR: '',
    DATABASE_POOL_SIZE: '10',
    // Suites about other features post and vote freely; the moderation suites use the real
    // defaults (see MODERATION_DEFAULTS).
    PREMOD_FIRST_POSTS: '0',
    RATE_POSTS_PER_HOUR: UNLIMITED,
    RATE_EDITS_PER_HOUR: UNLIMITED,
    RATE_VOTES_PER_HOUR: UNLIMITED,
    RATE_REPORTS_PER_DAY: UNLIMITED,
    // Every suite signs up and calls from 127.0.0.1; the security suites use the real limits.
    SIGNUPS_PER_IP_PER_HOUR: '1000000',
    RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
    ...env,
  });
  config.database.url = db.url;
  config.database.pgliteDataDir = '';
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  // The start-up re-render is owed at every boot; finishing it here keeps its statements out of
  // the suites that count a request's statements.
  await app.get<JobQueue>(JOB_QUEUE).drain(RENDER_BODIES_JOB);
  const server = app.getHttpServer();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    async gql(query, variables, token) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** Fails with the server's errors when an operation that should succeed did not. */
export function expectOk<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
  }
  return res.data;
}

/** The first error's code and field. */
export function errorOf(res: GqlResponse): { code?: string; field?: string; message?: string } {
  const e = res.errors?.[0];
  return { code: e?.extensions.code, field: e?.extensions.field, message: e?.message };
}

/**
 * A query run by graphql-js through the resolvers, in-process, for the reader a token names (or a
 * signed-out reader).
 */
export async function executeInProcess(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) {
  const auth = token ? await t.app.get(TokenService).verifyAccessToken(token) : null;
  return execute({
    schema: t.app.get(GraphQLSchemaHost).schema,
    document: parse(query),
    variableValues: variables,
    contextValue: {
      requestId: 'in-process',
      ip: '127.0.0.1',
      auth,
      loaders: new RequestLoaders(),
    },
  });
}
