import { ArgumentEntity } from '../src/arguments/argument.entity';
import { Role } from '../src/common/auth/role.enum';
import { rowMapper } from '../src/common/database/row-mapper';
import { Thread } from '../src/threads/thread.entity';
import { User } from '../src/users/user.entity';
import { openThread, post } from './helpers/debate';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser } from './helpers/users';

/**
 * The page's hand-written reads map rows with `rowMapper`, which copies some column types as pg
 * gives them and hands the others to TypeORM's driver: each entity must come out exactly as
 * TypeORM's own read makes it (dates as Dates, enums, arrays, nulls, numbers).
 */
describe('rows mapped by hand read exactly as TypeORM reads them', () => {
  let t: TestApp;
  let ids: { user: string; thread: string; argument: string; reply: string };

  beforeAll(async () => {
    t = await startTestApp();
    const moderator = await signUpUser(t, { role: Role.MODERATOR });
    const alice = await signUpUser(t);
    const thread = await openThread(t, moderator);
    const argument = await post(t, alice, { threadId: thread, side: 'PRO', body: 'Buses first' });
    const reply = await post(t, moderator, {
      threadId: thread,
      parentId: argument,
      side: 'CON',
      body: 'Trams *first*',
    });
    expectOk(
      await t.gql(
        `mutation($a: ID!) { vote(input: { argumentId: $a, value: UP }) { myVote } }`,
        { a: argument },
        moderator.token,
      ),
    );
    ids = { user: alice.id, thread, argument, reply };
  });
  afterAll(() => t.close());

  const readBoth = async <T extends object>(entity: new () => T, table: string, id: string) => {
    const mapper = rowMapper(t.dataSource, entity);
    const [row] = await t.dataSource.query(
      `SELECT ${mapper.select('x')} FROM ${table} x WHERE x.id = $1`,
      [id],
    );
    const byHand = mapper.hydrate(row);
    const byTypeOrm = await t.dataSource.getRepository(entity).findOneByOrFail({ id } as never);
    return { byHand, byTypeOrm };
  };

  it.each([
    ['an argument', ArgumentEntity, 'arguments', 'argument'],
    ['a reply', ArgumentEntity, 'arguments', 'reply'],
    ['a thread', Thread, 'threads', 'thread'],
    ['a user', User, 'users', 'user'],
  ] as const)('%s', async (_, entity, table, key) => {
    const { byHand, byTypeOrm } = await readBoth(entity as new () => object, table, ids[key]);
    expect(byHand).toBeInstanceOf(entity);
    expect({ ...byHand }).toEqual({ ...byTypeOrm });
    const dates = Object.entries(byTypeOrm).filter(([, v]) => v instanceof Date);
    expect(dates.length).toBeGreaterThan(0);
    for (const [k] of dates) expect((byHand as Record<string, unknown>)[k]).toBeInstanceOf(Date);
  });
});
