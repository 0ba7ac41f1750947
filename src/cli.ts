import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { openConfiguredDatabase } from './database/open-configured-database';
import { PasswordService } from './users/password.service';
import { Role } from './common/auth/role.enum';
import { User } from './users/user.entity';
import { UsersService } from './users/users.service';

const USAGE = [
  'Usage: npm run cli -- user:create --username NAME --email EMAIL --password PASSWORD [--role USER|MODERATOR|ADMIN]',
  '       npm run cli -- user:set-role --username NAME --role USER|MODERATOR|ADMIN',
].join('\n');

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
  const command = positionals[0];
  const creating = command === 'user:create';
  if (!(creating || command === 'user:set-role') || !values.username) throw new Error(USAGE);
  if (creating && !values.password) throw new Error(USAGE);
  const role = values.role as Role;
  if (!Object.values(Role).includes(role))
    throw new Error(`--role must be one of ${Object.values(Role).join(', ')}`);
  if (creating && (values.password as string).length < 8)
    throw new Error('--password must be at least 8 characters');

  const { config, db } = await openConfiguredDatabase();
  try {
    const users = new UsersService(db.dataSource, new PasswordService(), config);
    if (!creating) {
      // The one way to change an admin's role: admins cannot change each other's in the API.
      const user = await users.findByUsername(values.username);
      if (!user) throw new Error(`No user named ${values.username}`);
      await db.dataSource.manager.update(User, { id: user.id }, { role });
      console.log(`${user.username} is now ${role} (was ${user.role})`);
      return;
    }
    const user = await users.create({
      username: values.username,
      email: values.email ?? `${values.username.toLowerCase()}@localhost`,
      password: values.password as string,
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
