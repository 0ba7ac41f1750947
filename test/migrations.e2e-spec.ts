import { openDataSource, OpenDatabase } from '../src/database/open-data-source';
import { pendingSchemaChanges } from '../src/database/schema-diff';
import { createTestDatabase, TestDatabase } from './helpers/test-database';

describe('migrations', () => {
  let testDb: TestDatabase;
  let db: OpenDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await openDataSource({ url: testDb.url, poolSize: 2 });
  });
  afterAll(async () => {
    await db.close();
    await testDb.drop();
  });

  it('bring a fresh database exactly to what the entities describe', async () => {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const { up } = await pendingSchemaChanges(db.dataSource);
    expect(up).toEqual([]);
  });

  it('revert cleanly, every one, and apply again', async () => {
    const count = db.dataSource.migrations.length;
    for (let i = 0; i < count; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(count);
    expect((await pendingSchemaChanges(db.dataSource)).up).toEqual([]);
  });
});
