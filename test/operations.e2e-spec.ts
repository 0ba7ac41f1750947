import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { GraphQLError } from 'graphql';
import { formatGraphqlError } from '../src/app/format-graphql-error';
import { ConfigError, DEFAULT_TOKEN_SECRET, loadConfig } from '../src/config/app-config';
import { errorOf, startTestApp, TestApp } from './helpers/test-app';

describe('health, masked errors and configuration', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and database readiness', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', live: true, database: 'up', redis: 'unused' });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('masks an unexpected failure, giving the request id; health turns unready', async () => {
    await t.dataSource.destroy();
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-request-id', 'req-under-test-1')
      .send({
        query: `query($id: ID!) { user(id: $id) { username } }`,
        variables: { id: randomUUID() },
      });
    const error = res.body.errors[0];
    expect(error.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'req-under-test-1',
    });
    expect(error.message).toBe('Internal server error (request id req-under-test-1)');
    expect(JSON.stringify(res.body)).not.toMatch(/DataSource|stack|pg|Connection/i);

    const health = await request(t.app.getHttpServer()).get('/health');
    expect(health.status).toBe(503);
    expect(health.body.database).toBe('down');
    await t.dataSource.initialize();
  });

  it('answers SERVICE_UNAVAILABLE, which a client may retry, when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const resolverError = new GraphQLError('x', { path: ['user'], originalError: refused });
    const formatted = formatGraphqlError({ message: 'x', path: ['user'] }, resolverError);
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    expect(formatted.message).not.toMatch(/ECONNREFUSED|5432/);
    const shutdown = Object.assign(new Error('terminating connection'), { code: '57P01' });
    expect(
      formatGraphqlError(
        { message: 'x' },
        new GraphQLError('x', { path: ['a'], originalError: shutdown }),
      ).extensions?.code,
    ).toBe('SERVICE_UNAVAILABLE');
  });

  it('answers unknown fields with a validation error code', async () => {
    expect(errorOf(await t.gql(`{ nothingHere }`)).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('configuration validation', () => {
  it('takes an empty value as unset, so a copy of .env.example starts as the defaults', () => {
    const example = parseDotenv(readFileSync(join(__dirname, '..', '.env.example')));
    expect(example.GRAPHQL_IDE).toBe('');
    const config = loadConfig(example);
    expect(config.graphql).toEqual({
      ide: true,
      introspection: true,
      compiledExecution: false,
      sqlPages: true,
    });
    expect(config.database.url).toBeUndefined();
    expect(config.shutdownDrainMs).toBe(0);
    expect(config.security.ws).toEqual({
      maxConnectionsPerIp: 20,
      maxConnectionsPerAccount: 20,
      maxPayloadBytes: 65536,
      maxSubscriptionsPerConnection: 50,
    });
    expect(loadConfig({ PORT: '', MIGRATIONS_RUN: '' })).toMatchObject({
      port: 3000,
      database: { migrationsRun: true },
    });
  });

  it('names the variable in one line when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      new ConfigError('Invalid configuration: PORT: expected a whole number'),
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /^Invalid configuration: DATABASE_URL: /,
    );
    expect(() => loadConfig({ MIGRATIONS_RUN: 'maybe' })).toThrow(
      /^Invalid configuration: MIGRATIONS_RUN: /,
    );
  });

  it('refuses to start in production with a missing or default token secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TOKEN_SECRET/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: DEFAULT_TOKEN_SECRET }),
    ).toThrow(/TOKEN_SECRET/);
    const ok = loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(40) });
    expect(ok.graphql).toEqual({
      ide: false,
      introspection: false,
      compiledExecution: false,
      sqlPages: true,
    });
    expect(
      loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(40), GRAPHQL_IDE: 'true' })
        .graphql.ide,
    ).toBe(true);
  });
});
