import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { openTerminalContext } from './app/terminal-context';
import { Role } from './common/auth/role.enum';
import { UsersModule } from './users/users.module';
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

  const app = await openTerminalContext([UsersModule]);
  try {
    const users = app.get(UsersService);
    if (!creating) {
      // The one way to change an admin's role: admins cannot change each other's in the API.
      const { user, before } = await users.setRoleFromTerminal(values.username, role);
      console.log(`${user.username} is now ${role} (was ${before})`);
      return;
    }
    const user = await users.create({
      username: values.username,
      email: values.email,
      password: values.password as string,
      role,
    });
    console.log(`Created ${user.role} ${user.username} (${user.id})`);
  } finally {
    await app.close();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
