import { graphql } from '../gql';

export const UnreadCountDocument = graphql(`
  query UnreadNotificationCount {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      message
    }
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($first: Int!, $after: String, $last: Int, $before: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {
      unreadCount
      totalCount
      edges {
        cursor
        node {
          id
          kind
          message
          read
          createdAt
          thread {
            id
            motion
          }
          argument {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);
