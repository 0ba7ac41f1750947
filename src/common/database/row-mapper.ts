import type { DataSource, ObjectLiteral } from 'typeorm';

/**
 * Hand-written SQL that returns whole entities: `select(alias, prefix)` lists an entity's columns
 * under its property names, and `hydrate(row, prefix)` turns such a row back into the entity,
 * each value converted by the driver as TypeORM's own reads convert it. `omit` leaves columns out
 * (a user's e-mail and password hash have no business on a page).
 */
export interface RowMapper<T> {
  select(alias: string, prefix?: string): string;
  hydrate(row: Record<string, unknown>, prefix?: string): T;
}

export function rowMapper<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => T,
  omit: (keyof T & string)[] = [],
): RowMapper<T> {
  const columns = dataSource
    .getMetadata(entity)
    .columns.filter((c) => c.isSelect && !omit.includes(c.propertyName as keyof T & string));
  const driver = dataSource.driver;
  return {
    select: (alias, prefix = '') =>
      columns.map((c) => `${alias}.${c.databaseName} AS "${prefix}${c.propertyName}"`).join(', '),
    hydrate: (row, prefix = '') => {
      const out = new entity() as Record<string, unknown>;
      for (const c of columns) {
        out[c.propertyName] = driver.prepareHydratedValue(row[`${prefix}${c.propertyName}`], c);
      }
      return out as T;
    },
  };
}
