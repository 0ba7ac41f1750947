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

/**
 * Column types the PostgreSQL driver returns as pg gave them (it converts dates, enums, JSON
 * kept as text, arrays of enums and a few others): such a column without a transformer is
 * copied as it is, skipping the driver's chain of type comparisons on every value.
 */
const AS_GIVEN = new Set<unknown>([
  'uuid',
  'text',
  'varchar',
  'character varying',
  'integer',
  'int',
  'smallint',
  'double precision',
  'jsonb',
  'json',
  // pg already gives a Date (TypeORM's driver would only check that it is one).
  'timestamptz',
]);

export function rowMapper<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => T,
  omit: (keyof T & string)[] = [],
): RowMapper<T> {
  const columns = dataSource
    .getMetadata(entity)
    .columns.filter((c) => c.isSelect && !omit.includes(c.propertyName as keyof T & string));
  const driver = dataSource.driver;
  const asGiven = columns.map((c) => !c.transformer && AS_GIVEN.has(c.type));
  // A page maps about 160 rows of 30 columns: the prefixed keys are built once per prefix, not
  // per value, and rows are made without the constructor (its field initialisers would define
  // every column as undefined first; every column is set below).
  const keysByPrefix = new Map<string, string[]>();
  const keysOf = (prefix: string) => {
    let keys = keysByPrefix.get(prefix);
    if (!keys) keysByPrefix.set(prefix, (keys = columns.map((c) => prefix + c.propertyName)));
    return keys;
  };
  return {
    select: (alias, prefix = '') =>
      columns.map((c) => `${alias}.${c.databaseName} AS "${prefix}${c.propertyName}"`).join(', '),
    hydrate: (row, prefix = '') => {
      const out = Object.create(entity.prototype) as Record<string, unknown>;
      const keys = keysOf(prefix);
      for (let i = 0; i < columns.length; i++) {
        const value = row[keys[i]];
        out[columns[i].propertyName] = asGiven[i]
          ? value
          : driver.prepareHydratedValue(value, columns[i]);
      }
      return out as T;
    },
  };
}
