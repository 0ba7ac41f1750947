import { graphql } from '../gql';

export const QueueDocument = graphql(`
  query QueuePage($first: Int!, $after: String, $filter: QueueFilter) {
    moderationQueue(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          kind
          status
          priority
          reportCount
          note
          claimedUntil
          claimedBy {
            id
            username
          }
          thread {
            id
            motion
          }
          argument {
            ...ArgumentFields
          }
          heldEdit {
            previousBody
            previousSide
            parts {
              kind
              text
            }
            edit {
              id
              side
              heldReason
              sources {
                url
                title
              }
            }
          }
          appeal {
            id
            message
            status
            appellant {
              id
              username
            }
          }
          reports {
            id
            reason
            fallacy
            note
            status
            weight
            automatic
            reporter {
              id
              username
            }
            reporterAccuracy {
              upheld
              dismissed
              accuracy
              weight
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ClaimDocument = graphql(`
  mutation ClaimQueueItem($input: ClaimQueueItemInput!) {
    claimQueueItem(input: $input) {
      item {
        id
        claimedUntil
        claimedBy {
          id
          username
        }
      }
    }
  }
`);

export const ModerateDocument = graphql(`
  mutation Moderate($input: ModerateInput!) {
    moderate(input: $input) {
      item {
        id
        status
      }
      argument {
        ...ArgumentFields
      }
    }
  }
`);

export const ModerateItemsDocument = graphql(`
  mutation ModerateItems($input: ModerateItemsInput!) {
    moderateItems(input: $input) {
      results {
        itemId
        ok
        errorCode
        errorMessage
        item {
          id
          status
        }
      }
    }
  }
`);

/** The name of the person a queue filter is about. */
export const FilterUserDocument = graphql(`
  query QueueFilterUser($id: ID!) {
    user(id: $id) {
      id
      username
    }
  }
`);

export const UserByNameDocument = graphql(`
  query QueueUserByName($username: String!) {
    userByUsername(username: $username) {
      id
    }
  }
`);

/** New queue items as they arrive; the cache then drops the queue lists so they refetch (client.ts). */
export const QueueItemAddedDocument = graphql(`
  subscription QueueItemAdded {
    moderationQueueItemAdded {
      id
      kind
      thread {
        id
        motion
      }
    }
  }
`);
