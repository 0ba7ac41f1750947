/** The tabs the IDE opens with: read the sample thread, sign in, and send the token. */
export const ROSTRA_TABS = [
  {
    query: `# Rostra's GraphQL API. The newest threads and their best arguments:
# press the ▶ button (or Ctrl+Enter) to run.
query SampleThread {
  threads(first: 1, orderBy: NEW) {
    edges {
      node {
        id
        motion
        balance { proShare stances { agree disagree undecided } }
        arguments(first: 5, sort: BRIDGING) {
          edges { node { id side body score proChildrenCount conChildrenCount } }
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Sign in (or signUp) to get an access token, then copy it into the
# Headers pane of the next tab as { "Authorization": "Bearer <accessToken>" }.
mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
    accessTokenExpiresIn
    refreshToken
    user { id username role }
  }
}
`,
    variables: JSON.stringify({ input: { login: 'your-username', password: 'your-password' } }, null, 2),
  },
  {
    query: `# Signed-in operations read the token from the Authorization header
# (Headers pane below). For subscriptions over WebSocket, the same value goes
# in the connection params as "authorization".
query WhoAmI {
  me {
    user { username role trustLevel }
    warnings { reason createdAt }
  }
}
`,
    headers: JSON.stringify({ Authorization: 'Bearer <paste the accessToken from signIn>' }, null, 2),
  },
];
