/**
 * The signed-in session: the access token stays in memory, the refresh token in localStorage so a
 * reload (or an expired access token) signs the person back in without a form.
 */
export interface Tokens {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
}

interface Session {
  accessToken: string | null;
  expiresAt: number;
  refreshToken: string;
}

const KEY = 'rostra.refreshToken';
let session: Session | null = null;

function load(): Session | null {
  if (session) return session;
  const refreshToken = localStorage.getItem(KEY);
  return refreshToken ? { accessToken: null, expiresAt: 0, refreshToken } : null;
}

export const hasSession = () => load() !== null;

export const accessToken = () => load()?.accessToken ?? null;

export const refreshToken = () => load()?.refreshToken ?? null;

/** True when the access token is missing or about to expire, so it is refreshed before use. */
export const needsRefresh = () => {
  const s = load();
  return s !== null && (s.accessToken === null || s.expiresAt - 30_000 < Date.now());
};

export function saveTokens(tokens: Tokens | null): void {
  if (!tokens) {
    session = null;
    localStorage.removeItem(KEY);
    return;
  }
  session = {
    accessToken: tokens.accessToken,
    expiresAt: Date.now() + tokens.accessTokenExpiresIn * 1000,
    refreshToken: tokens.refreshToken,
  };
  localStorage.setItem(KEY, tokens.refreshToken);
}
