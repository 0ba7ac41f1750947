import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { startTestApp, TestApp } from './helpers/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema', 'schema.graphql');
const PRIVATE_FIELD = /email|password|hash|token|secret/i;
/** Entry points that answer only about the caller: their types are not public. */
const VIEWER_ONLY_FIELDS = new Set(['me']);

/** Object types a client can reach from public queries and subscriptions. */
function publicTypes(schema: GraphQLSchema): Map<string, GraphQLNamedType> {
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
    }
    if (isUnionType(type)) type.getTypes().forEach(visit);
  };
  for (const root of [schema.getQueryType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (!VIEWER_ONLY_FIELDS.has(field.name)) visit(getNamedType(field.type));
    }
  }
  return seen;
}

describe('the published GraphQL schema', () => {
  let t: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  it('matches schema/schema.graphql (run `npm run schema:emit` after changing the API)', () => {
    const emitted = printSchema(lexicographicSortSchema(schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, emitted);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });

  it('exposes no private field on any public type', () => {
    const leaks: string[] = [];
    for (const type of publicTypes(schema).values()) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const name of Object.keys(type.getFields())) {
        if (PRIVATE_FIELD.test(name)) leaks.push(`${type.name}.${name}`);
      }
    }
    expect(leaks).toEqual([]);
    // The guard itself must see the types it protects.
    expect(publicTypes(schema).has('User')).toBe(true);
  });
});
