import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from './config/app-config';
import { openDataSource } from './database/open-data-source';
import { PasswordService } from './auth/password.service';
import { Role } from './users/role.enum';
import { UsersService } from './users/users.service';

const USAGE =
  'Usage: npm run cli -- user:create --username NAME --email EMAIL --password PASSWORD [--role USER|MODERATOR|ADMIN]';

/** Administrative commands that work on the configured database without starting the server. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', default: Role.USER },
    },
  });
  if (positionals[0] !== 'user:create' || !values.username || !values.password)
    throw new Error(USAGE);
  const role = values.role as Role;
  if (!Object.values(Role).includes(role))
    throw new Error(`--role must be one of ${Object.values(Role).join(', ')}`);
  if ((values.password as string).length < 8)
    throw new Error('--password must be at least 8 characters');

  const config = loadConfig(process.env);
  const db = await openDataSource({
    url: config.database.url,
    poolSize: 1,
    pgliteDataDir: config.database.pgliteDataDir,
  });
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const users = new UsersService(db.dataSource, new PasswordService(), config);
    const user = await users.create({
      username: values.username,
      email: values.email ?? `${values.username.toLowerCase()}@localhost`,
      password: values.password,
      role,
    });
    console.log(`Created ${user.role} ${user.username} (${user.id})`);
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
