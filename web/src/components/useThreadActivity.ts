import { useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';

const ThreadActivityDocument = graphql(`
  subscription ThreadActivity($threadId: ID!) {
    threadActivity(threadId: $threadId) {
      kind
      argument {
        ...ArgumentFields
      }
      thread {
        id
        status
        argumentCount
        proCount
        conCount
        participantCount
        ...BalanceFields
      }
    }
  }
`);

const MESSAGES: Record<string, (side: string) => string> = {
  ARGUMENT_ADDED: (side) => `A new ${side} argument was posted.`,
  ARGUMENT_UPDATED: () => 'An argument was updated.',
  ARGUMENT_WITHDRAWN: () => 'An argument was withdrawn.',
  RANKING_UPDATED: () => 'The ranking was updated.',
  THREAD_UPDATED: () => 'The thread was updated.',
};

/**
 * Listens to the thread's live activity; the cache updates (see lib/client.ts) refresh the lists,
 * and the returned sentence is read out by a polite live region.
 */
export function useThreadActivity(threadId: string): string {
  const [announcement, setAnnouncement] = useState('');
  useSubscription({ query: ThreadActivityDocument, variables: { threadId } }, (_prev, event) => {
    const a = event.threadActivity;
    setAnnouncement(MESSAGES[a.kind]?.(a.argument?.side ?? '') ?? '');
    return event;
  });
  return announcement;
}
