import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectOk, TestApp } from './test-app';
import { TestUser } from './users';

export const dataFile = (name: string) =>
  readFileSync(join(__dirname, '..', '..', 'data', name), 'utf8');

export async function openThread(
  t: TestApp,
  moderator: TestUser,
  motion = 'Should cities ban cars from their centres?',
) {
  const res = expectOk(
    await t.gql(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`,
      { input: { motion } },
      moderator.token,
    ),
  );
  return res.createThread.thread.id as string;
}

export async function post(
  t: TestApp,
  user: TestUser,
  input: {
    threadId: string;
    parentId?: string;
    side: 'PRO' | 'CON';
    body?: string;
    [k: string]: unknown;
  },
): Promise<string> {
  const res = expectOk(
    await t.gql(
      `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`,
      { input: { body: `An argument ${Math.random().toString(36).slice(2)}`, ...input } },
      user.token,
    ),
  );
  return res.createArgument.argument.id;
}
