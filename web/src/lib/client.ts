import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, type Cache, type Data } from '@urql/exchange-graphcache';
import { createClient as createWsClient } from 'graphql-ws';
import { graphql } from '../gql';
import type { QueueItemFieldsFragment } from '../gql/graphql';
import { placeQueueArrival } from '../queue/queue-arrival';
import { accessToken, needsRefresh, refreshToken, saveTokens } from './session';

const RefreshSession = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      accessTokenExpiresIn
      refreshToken
    }
  }
`);

/** Types without an id of their own: graphcache stores them inside their parent. */
const EMBEDDED = [
  'PageInfo', 'StanceCounts', 'ThreadBalance', 'Quote', 'ArticleParagraph', 'ArticleSentence',
  'ArticleSection', 'MotionCandidate', 'ReportedPosition', 'Viewer', 'Warning', 'AuthPayload',
  'ThreadActivity', 'ArgumentConnection', 'ArgumentEdge', 'ThreadConnection', 'ThreadEdge',
  'QueueItemConnection', 'QueueItemEdge', 'ModLogConnection', 'ModLogEntryEdge',
  'ArgumentRevisionConnection', 'ArgumentRevisionEdge', 'ArgumentPayload', 'VotePayload',
  'ReportPayload', 'AppealPayload', 'ModeratePayload', 'QueueItemPayload', 'SetStancePayload',
  'CreateThreadPayload', 'ImportArticlePayload', 'UserModerationPayload', 'WatchedWordPayload',
  'SignOutPayload', 'SetUserRolePayload', 'NotificationConnection', 'NotificationEdge',
  'MarkNotificationsReadPayload', 'Suspension', 'EditArgumentPayload', 'HeldEditDiff', 'DiffPart',
  'ProposedSource', 'PersonView', 'StatusCount', 'ReporterAccuracy', 'ReportsReceived',
  'ModeratorNotePayload', 'ModerateItemsPayload', 'ModerateItemResult', 'ThreadBanPayload',
  'MyThreadBan',
];

/** Drops every cached variant (all arguments) of one field, so the lists showing it refetch. */
function invalidateField(cache: Cache, entity: string | null, field: string): void {
  if (!entity) return;
  for (const f of cache.inspectFields(entity)) {
    if (f.fieldName === field) cache.invalidate(entity, f.fieldName, f.arguments ?? undefined);
  }
}

/** A new, changed or withdrawn argument reorders the list it sits in (the thread's or its parent's). */
function invalidateListsOf(cache: Cache, argument: { parentId?: string | null; thread?: { id: string } } | null | undefined, threadId?: string) {
  const tid = argument?.thread?.id ?? threadId;
  if (tid) {
    invalidateField(cache, cache.keyOfEntity({ __typename: 'Thread', id: tid }), 'arguments');
    invalidateField(cache, cache.keyOfEntity({ __typename: 'Thread', id: tid }), 'argumentCount');
  }
  if (argument?.parentId) {
    invalidateField(cache, cache.keyOfEntity({ __typename: 'Argument', id: argument.parentId }), 'children');
  }
}

/** A moderator's decision changes the queue, the log, the person view and the threads' lists. */
function afterModeration(cache: Cache): void {
  invalidateField(cache, 'Query', 'moderationQueue');
  invalidateField(cache, 'Query', 'modLog');
  invalidateField(cache, 'Query', 'userModeration');
  for (const f of cache.inspectFields('Query')) {
    if (f.fieldName === 'thread') invalidateField(cache, cache.resolve('Query', f.fieldKey) as string, 'arguments');
  }
}

type ArgResult = { argument?: { parentId?: string | null; thread?: { id: string } } | null };

const wsUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/** One client per signed-in identity: cached fields such as myVote belong to the person. */
export function createRostraClient(): Client {
  const ws = createWsClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: 20,
    connectionParams: () => {
      const token = accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return new Client({
    url: '/graphql',
    // POST always: Apollo's CSRF guard refuses simple GET requests without a preflight header.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED.map((t) => [t, () => null])),
        updates: {
          Subscription: {
            threadActivity(result: Data, args, cache) {
              const activity = result.threadActivity as { kind: string; argument?: ArgResult['argument'] };
              if (activity.kind !== 'THREAD_UPDATED') {
                invalidateListsOf(cache, activity.argument, args.threadId as string);
              }
            },
            // The unread count and the pages of notifications are fetched again.
            notificationAdded: (_r, _a, cache) => invalidateField(cache, 'Query', 'notifications'),
            // The item is placed in the loaded queue pages; none is fetched again.
            moderationQueueItemAdded: (r: Data, _a, cache) =>
              placeQueueArrival(cache, r.moderationQueueItemAdded as unknown as QueueItemFieldsFragment),
          },
          Mutation: {
            markNotificationsRead: (_r, _a, cache) => invalidateField(cache, 'Query', 'notifications'),
            createArgument: (r: Data, _a, cache) => invalidateListsOf(cache, (r.createArgument as ArgResult).argument),
            deleteArgument: (r: Data, _a, cache) => invalidateListsOf(cache, (r.deleteArgument as ArgResult).argument),
            moderate: (_r, _a, cache) => afterModeration(cache),
            moderateItems: (_r, _a, cache) => afterModeration(cache),
            // The person view (sanctions, notes, history) is fetched again after acting on a person.
            addModeratorNote: (_r, _a, cache) => invalidateField(cache, 'Query', 'userModeration'),
            warnUser: (_r, _a, cache) => invalidateField(cache, 'Query', 'userModeration'),
            // A suspension may remove (and lifting it restore) the person's arguments.
            suspendUser: (_r, _a, cache) => afterModeration(cache),
            unsuspendUser: (_r, _a, cache) => afterModeration(cache),
            banFromThread(_r, _a, cache) {
              invalidateField(cache, 'Query', 'userModeration');
              invalidateField(cache, 'Query', 'threadBans');
            },
            claimQueueItem: (_r, _a, cache) => invalidateField(cache, 'Query', 'moderationQueue'),
            appealRemoval: (_r, _a, cache) => invalidateField(cache, 'Query', 'me'),
            createThread: (_r, _a, cache) => invalidateField(cache, 'Query', 'threads'),
            addWatchedWord: (_r, _a, cache) => invalidateField(cache, 'Query', 'watchedWords'),
            removeWatchedWord: (_r, _a, cache) => invalidateField(cache, 'Query', 'watchedWords'),
          },
        },
      }),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = accessToken();
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError: (operation) =>
          needsRefresh() && !(operation.kind === 'mutation' && operation.query === RefreshSession),
        didAuthError: (error) => error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'),
        async refreshAuth() {
          const token = refreshToken();
          if (!token) return;
          const result = await utils.mutate(RefreshSession, { input: { refreshToken: token } });
          // A refused refresh token means the session has ended: the person is signed out.
          saveTokens(result.data?.refreshSession ?? null);
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
