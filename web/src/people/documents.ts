import { graphql } from '../gql';

export const SearchUsersDocument = graphql(`
  query SearchUsers($prefix: String!) {
    searchUsers(prefix: $prefix, first: 20) {
      id
      username
      role
      trustLevel
      reputation
      createdAt
    }
  }
`);

export const PersonDocument = graphql(`
  query Person($userId: ID!) {
    userModeration(userId: $userId) {
      user {
        id
        username
        role
        trustLevel
        reputation
        createdAt
      }
      suspendedAt
      suspendedUntil
      suspensionReason
      arguments {
        status
        count
      }
      reportsFiled {
        filed
        open
        upheld
        dismissed
        ignored
        accuracy
        weight
      }
      reportsReceived {
        total
        open
        upheld
        dismissed
        ignored
      }
      warnings {
        reason
        createdAt
      }
      appeals {
        ...AppealSummaryFields
      }
      threadBans {
        ...ThreadBanFields
      }
      notes {
        id
        body
        createdAt
        author {
          id
          username
        }
      }
    }
  }
`);

export const PersonHistoryDocument = graphql(`
  query PersonHistory($userId: ID!, $first: Int!, $after: String) {
    userModeration(userId: $userId) {
      history(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...LogEntryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const AddNoteDocument = graphql(`
  mutation AddModeratorNote($input: AddModeratorNoteInput!) {
    addModeratorNote(input: $input) {
      note {
        id
        body
        createdAt
      }
    }
  }
`);

export const WarnDocument = graphql(`
  mutation WarnUser($input: WarnUserInput!) {
    warnUser(input: $input) {
      user {
        id
      }
    }
  }
`);

export const SuspendDocument = graphql(`
  mutation SuspendUser($input: SuspendUserInput!) {
    suspendUser(input: $input) {
      user {
        id
      }
      removedArgumentCount
    }
  }
`);

export const UnsuspendDocument = graphql(`
  mutation UnsuspendUser($input: UnsuspendUserInput!) {
    unsuspendUser(input: $input) {
      user {
        id
      }
      restoredArgumentCount
    }
  }
`);

export const ThreadBanFields = graphql(`
  fragment ThreadBanFields on ThreadBan {
    id
    active
    reason
    createdAt
    expiresAt
    liftedAt
    liftReason
    thread {
      id
      motion
    }
    bannedBy {
      id
      username
    }
    liftedBy {
      id
      username
    }
  }
`);

/** Threads a moderator may ban someone from, most recently active first. */
export const ThreadChoicesDocument = graphql(`
  query BanThreadChoices {
    threads(first: 100, orderBy: ACTIVE) {
      edges {
        node {
          id
          motion
        }
      }
    }
  }
`);

export const BanFromThreadDocument = graphql(`
  mutation BanFromThread($input: BanFromThreadInput!) {
    banFromThread(input: $input) {
      ban {
        ...ThreadBanFields
      }
    }
  }
`);

export const LiftThreadBanDocument = graphql(`
  mutation LiftThreadBan($input: LiftThreadBanInput!) {
    liftThreadBan(input: $input) {
      ban {
        ...ThreadBanFields
      }
    }
  }
`);

/** The bans in force in one thread, for the thread page (moderators). */
export const ThreadActiveBansDocument = graphql(`
  query ThreadActiveBans($threadId: ID!) {
    threadBans(threadId: $threadId) {
      id
      reason
      createdAt
      expiresAt
      user {
        id
        username
      }
      bannedBy {
        id
        username
      }
    }
  }
`);
