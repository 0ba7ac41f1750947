import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import WebSocket from 'ws';
import { rowCounts } from './helpers/moderation';
import { overWebSocket, PRODUCTION, statementsDuring, wsUrl } from './helpers/security';
import { startTestApp, TestApp } from './helpers/test-app';

type Path = (string | number)[];

/** A value the type accepts, for the arguments around the one under test. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sample(f.type);
    }
    return out;
  }
  const name = getNamedType(type).name;
  if (name === 'Int' || name === 'Float') return 1;
  if (name === 'Boolean') return true;
  if (name === 'DateTime') return '2026-01-01T00:00:00.000Z';
  if (name === 'ID') return '00000000-0000-4000-8000-000000000000';
  return 'text';
}

const isForeign = (def: { extensions?: Readonly<Record<string, unknown>> }) =>
  def.extensions?.foreignText === true;

/**
 * Every place a string can be written under this type, as a path from the value's root; with
 * `written`, only the places for a person's own writing (not an imported article's text).
 */
function stringPaths(type: GraphQLInputType, written: boolean, seen = new Set<string>()): Path[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return stringPaths(inner.ofType, written, seen).map((p) => [0, ...p]);
  const named = getNamedType(inner);
  if (isScalarType(named)) return ['String', 'ID'].includes(named.name) ? [[]] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const paths: Path[] = [];
  for (const f of Object.values(named.getFields())) {
    if (written && isForeign(f)) continue;
    for (const p of stringPaths(f.type, written, new Set([...seen, named.name])))
      paths.push([f.name, ...p]);
  }
  return paths;
}

function setAt(root: unknown, path: Path, value: string, type: GraphQLInputType): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (typeof head === 'number') {
    const item = isListType(inner) ? inner.ofType : inner;
    const list = Array.isArray(root) && root.length ? [...root] : [sample(item)];
    list[0] = setAt(list[0], rest, value, item);
    return list;
  }
  const named = getNamedType(inner);
  const fieldType = isInputObjectType(named) ? named.getFields()[head].type : inner;
  const obj = { ...(root as Record<string, unknown>) };
  obj[head] = setAt(obj[head] ?? sample(fieldType), rest, value, fieldType);
  return obj;
}

const selection = (type: GraphQLNamedType) => (isLeafType(type) ? '' : '{ __typename }');
const fieldName = (path: Path) =>
  (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');

interface Case {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  query: string;
  variables: Record<string, unknown>;
  field: string;
}

/** One case per string argument or input field of every root field, built from the schema itself. */
function cases(schema: GraphQLSchema, bad: string, written: boolean): Case[] {
  const out: Case[] = [];
  const roots: [Case['kind'], GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<
      unknown,
      unknown
    >[]) {
      for (const arg of field.args) {
        if (written && isForeign(arg)) continue;
        for (const path of stringPaths(arg.type, written)) {
          const variables: Record<string, unknown> = {};
          for (const a of field.args) {
            if (isNonNullType(a.type) && a.defaultValue === undefined)
              variables[a.name] = sample(a.type);
          }
          variables[arg.name] = setAt(variables[arg.name], path, bad, arg.type);
          const declared = field.args
            .filter((a) => a.name in variables)
            .map((a) => `$${a.name}: ${a.type.toString()}`)
            .join(', ');
          const passed = field.args
            .filter((a) => a.name in variables)
            .map((a) => `${a.name}: $${a.name}`)
            .join(', ');
          out.push({
            name: `${kind} ${field.name}(${[arg.name, ...path].join('.')})`,
            kind,
            query: `${kind}(${declared}) { ${field.name}(${passed}) ${selection(getNamedType(field.type))} }`,
            variables,
            field: fieldName([arg.name, ...path]),
          });
        }
      }
    }
  }
  return out;
}

describe('bad characters in every string argument (cases generated from the schema)', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp(PRODUCTION);
    url = await wsUrl(t);
  });
  afterAll(() => t.close());

  // The last two only where a person writes: an imported article's text keeps every character.
  for (const [label, bad, written] of [
    ['a NUL character', 'before\u0000after', false],
    ['a lone surrogate', 'before\ud800after', false],
    ['a control character (BEL)', 'before\u0007after', true],
    ['a right-to-left override', 'before\u202Eafter', true],
  ] as const) {
    it(`answers ${label} BAD_USER_INPUT naming the field, changing nothing`, async () => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const all = cases(schema, bad, written);
      // The schema has well over a hundred places for text; a generator that found none proves nothing.
      expect(all.length).toBeGreaterThan(50);
      expect(all.map((c) => c.name)).toEqual(
        expect.arrayContaining([
          'mutation createArgument(input.body)',
          'mutation signUp(input.email)',
          'query threads(search)',
        ]),
      );
      const before = await rowCounts(t);
      const wrong: string[] = [];
      const { statements } = await statementsDuring(async () => {
        for (const c of all) {
          const answer =
            c.kind === 'subscription'
              ? await overWebSocket(url, c.query, c.variables)
              : await t.gql(c.query, c.variables);
          const error = answer.errors?.[0];
          if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== c.field) {
            wrong.push(`${c.name}: ${JSON.stringify(answer.errors ?? answer)}`);
          }
        }
      });
      expect(wrong).toEqual([]);
      expect(statements).toBe(0);
      expect(await rowCounts(t)).toEqual(before);
    });
  }

  describe('deeply nested JSON in the variables', () => {
    // Sent as raw JSON text: the test's own serialisers would overflow on these as the server did.
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const post = async (query: string, variables: string) => {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send(`{"query":${JSON.stringify(query)},"variables":${variables}}`);
      return res.body as { errors?: { extensions: { code: string } }[] };
    };

    it('answers lists or objects nested millions deep BAD_USER_INPUT over HTTP', async () => {
      // Two million levels fit in the 8 MiB body.
      const deep = nested(2_000_000);
      const search = await post(
        `query($s: String) { threads(search: $s) { edges { cursor } } }`,
        `{"s":${deep}}`,
      );
      expect(search.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const ids = await post(
        `mutation($ids: [ID!]) { markNotificationsRead(input: {ids: $ids}) { marked } }`,
        `{"ids":${deep}}`,
      );
      expect(ids.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      // A variable the operation does not even declare is still read (e.g. for the page cache's
      // key), also when the same document has passed the checks before.
      expect((await post(`{ threads { edges { cursor } } }`, `{}`)).errors).toBeUndefined();
      const undeclared = await post(`{ threads { edges { cursor } } }`, `{"extra":${deep}}`);
      expect(undeclared.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const objects = await post(
        `query($s: String) { threads(search: $s) { edges { cursor } } }`,
        `{"s":${'{"a":'.repeat(1_000_000)}1${'}'.repeat(1_000_000)}}`,
      );
      expect(objects.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('answers a subscription with lists nested thousands deep BAD_USER_INPUT', async () => {
      // Within the 64 KiB message limit.
      const socket = new WebSocket(url, 'graphql-transport-ws');
      const answers: { type: string; payload?: { extensions?: { code?: string } }[] }[] = [];
      socket.on('message', (m) => answers.push(JSON.parse(String(m))));
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
      const waitFor = async (type: string) => {
        for (let i = 0; i < 100 && !answers.some((a) => a.type === type); i++)
          await new Promise((resolve) => setTimeout(resolve, 50));
      };
      await waitFor('connection_ack');
      const query = `subscription($ids: [ID!]!) { threadListActivity(threadIds: $ids) { kind } }`;
      socket.send(
        `{"id":"1","type":"subscribe","payload":{"query":${JSON.stringify(query)},"variables":{"ids":${nested(30_000)}}}}`,
      );
      await waitFor('error');
      socket.close();
      expect(answers.find((a) => a.type === 'error')?.payload?.[0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});
