import { graphql } from '../gql';

// What every argument card shows; queries and the live subscription spread it.
export const ArgumentFieldsFragment = graphql(`
  fragment ArgumentFields on Argument {
    id
    side
    status
    statusReason
    body
    bodyHtml
    score
    upvotes
    downvotes
    myVote
    origin
    depth
    path
    parentId
    createdAt
    editedAt
    proChildrenCount
    conChildrenCount
    author {
      id
      username
      trustLevel
    }
    sources {
      id
      title
      url
      excerpt
    }
    quote {
      start
      end
      text
    }
    thread {
      id
    }
  }
`);
