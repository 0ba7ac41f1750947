import { DataSource } from 'typeorm';
import { baseDataSourceOptions } from './data-source-options';
import { openEmbeddedPostgres } from './embedded-postgres';
import { useFastTimestamptzParser } from '../common/database/timestamptz-parser';

export interface DatabaseTarget {
  /** PostgreSQL server URL; when absent, embedded PGlite is used. */
  url?: string;
  poolSize: number;
  /** PGlite data directory; undefined keeps the embedded database in memory. */
  pgliteDataDir?: string;
  /** PostgreSQL statement_timeout on every pooled connection (0 or absent: none). */
  statementTimeoutMs?: number;
}

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** Opens the one DataSource the app and the migration command share. */
export async function openDataSource(target: DatabaseTarget): Promise<OpenDatabase> {
  useFastTimestamptzParser();
  if (target.url) {
    const dataSource = new DataSource({
      ...baseDataSourceOptions(),
      url: target.url,
      poolSize: target.poolSize,
      extra: target.statementTimeoutMs ? { statement_timeout: target.statementTimeoutMs } : {},
    });
    await dataSource.initialize();
    return { dataSource, embedded: false, close: () => dataSource.destroy() };
  }
  const { pglite, poolOptions, unlock } = openEmbeddedPostgres(target.pgliteDataDir);
  const dataSource = new DataSource({ ...baseDataSourceOptions(), extra: poolOptions });
  try {
    await dataSource.initialize();
  } catch (e) {
    unlock();
    throw e;
  }
  return {
    dataSource,
    embedded: true,
    async close() {
      try {
        await dataSource.destroy();
        await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}
