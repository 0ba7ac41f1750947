import { graphql } from '../gql';

// One queue item as the page shows it; a live arrival carries the same, so it can be placed in the
// loaded pages without fetching them again (queue-arrival.ts).
export const QueueItemFieldsFragment = graphql(`
  fragment QueueItemFields on QueueItem {
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
`);

export const QueueDocument = graphql(`
  query QueuePage($first: Int!, $after: String, $filter: QueueFilter) {
    moderationQueue(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          ...QueueItemFields
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

/** New queue items as they arrive, whole: the cache places each in the loaded pages (client.ts). */
export const QueueItemAddedDocument = graphql(`
  subscription QueueItemAdded {
    moderationQueueItemAdded {
      ...QueueItemFields
    }
  }
`);
