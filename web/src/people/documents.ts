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
    }
  }
`);

export const UnsuspendDocument = graphql(`
  mutation UnsuspendUser($input: UnsuspendUserInput!) {
    unsuspendUser(input: $input) {
      user {
        id
      }
    }
  }
`);
