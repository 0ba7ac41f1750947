import { graphql } from '../gql';

// The balance picture's numbers; the thread page, the stance picker and the live feed share them.
export const BalanceFieldsFragment = graphql(`
  fragment BalanceFields on Thread {
    id
    balance {
      proWeight
      conWeight
      proShare
      stances {
        agree
        disagree
        undecided
        changedMind
      }
    }
  }
`);

// The reader's own stance and its changes: the thread page and the stance picker share them.
export const MyStanceFieldsFragment = graphql(`
  fragment MyStanceFields on Thread {
    id
    status
    myStance
    myStanceHistory {
      id
      stance
      fromStance
      createdAt
    }
  }
`);

// The reader's own ban from the thread (null unless they are banned): the thread page and an
// argument's page show it and disable what the API would refuse.
export const MyBanFieldsFragment = graphql(`
  fragment MyBanFields on Thread {
    id
    myBan {
      reason
      until
      since
    }
  }
`);
