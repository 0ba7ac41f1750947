import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider, useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { createRostraClient } from './client';
import { hasSession, refreshToken, saveTokens, type Tokens } from './session';

const MeDocument = graphql(`
  query Me {
    me {
      email
      suspended
      user {
        id
        username
        role
        trustLevel
        reputation
      }
    }
  }
`);

const SignOutDocument = graphql(`
  mutation SignOut($input: SignOutInput) {
    signOut(input: $input) {
      signedOut
    }
  }
`);

export type Viewer = MeQuery['me']['user'];

interface Auth {
  viewer: Viewer | null;
  loading: boolean;
  isModerator: boolean;
  isAdmin: boolean;
  signedIn(tokens: Tokens): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);
const SessionContext = createContext<{ changed: (tokens: Tokens | null) => void } | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

function ViewerProvider({ children }: { children: ReactNode }) {
  const session = useContext(SessionContext)!;
  const [{ data, fetching }] = useQuery({ query: MeDocument, pause: !hasSession() });
  const [, signOutMutation] = useMutation(SignOutDocument);
  const viewer = hasSession() ? (data?.me.user ?? null) : null;
  const signOut = useCallback(async () => {
    await signOutMutation({ input: { refreshToken: refreshToken() } });
    session.changed(null);
  }, [signOutMutation, session]);
  const auth = useMemo<Auth>(
    () => ({
      viewer,
      loading: fetching,
      isModerator: viewer?.role === 'MODERATOR' || viewer?.role === 'ADMIN',
      isAdmin: viewer?.role === 'ADMIN',
      signedIn: (tokens) => session.changed(tokens),
      signOut,
    }),
    [viewer, fetching, session, signOut],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

/** A fresh GraphQL client (and cache) whenever the person signing in or out changes. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createRostraClient);
  const session = useMemo(
    () => ({
      changed(tokens: Tokens | null) {
        saveTokens(tokens);
        setClient(createRostraClient());
      },
    }),
    [],
  );
  return (
    <SessionContext.Provider value={session}>
      <Provider value={client}>
        <ViewerProvider>{children}</ViewerProvider>
      </Provider>
    </SessionContext.Provider>
  );
}
