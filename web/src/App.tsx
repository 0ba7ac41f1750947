import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { useAuth } from './lib/auth';
import { ArgumentPage } from './pages/ArgumentPage';
import { MePage } from './pages/MePage';
import { NotificationBell } from './notifications/NotificationBell';
import { NotificationsPage } from './notifications/NotificationsPage';
import { SignInPage, SignUpPage } from './pages/SignIn';
import { SuspendedPage } from './suspension/SuspendedPage';
import { ThreadListPage } from './pages/ThreadList';
import { ThreadPage } from './pages/ThreadPage';

// The /mod and /admin pages load when opened, so a reader's thread page carries none of their code.
const ImportPage = lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage })));
const ModLogPage = lazy(() => import('./pages/ModLogPage').then((m) => ({ default: m.ModLogPage })));
const PeoplePage = lazy(() => import('./people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazy(() => import('./people/PersonPage').then((m) => ({ default: m.PersonPage })));
const QueuePage = lazy(() => import('./queue/QueuePage').then((m) => ({ default: m.QueuePage })));
const WatchedWordsPage = lazy(() => import('./pages/WatchedWordsPage').then((m) => ({ default: m.WatchedWordsPage })));

/** Shown while a page's code loads; announced politely, and busy for assistive technology. */
function PageLoading() {
  return (
    <p role="status" aria-live="polite" aria-busy="true" className="page-loading">
      Loading the page…
    </p>
  );
}

function Nav() {
  const { viewer, isModerator, isAdmin, signOut } = useAuth();
  const [, navigate] = useLocation();
  return (
    <nav aria-label="Main" className="main-nav">
      <Link href="/" className="brand">
        Rostra
      </Link>
      <Link href="/mod/log">Moderation log</Link>
      {isModerator && <Link href="/mod/queue">Queue</Link>}
      {isModerator && <Link href="/mod/import">Import</Link>}
      {isModerator && <Link href="/mod/users">People</Link>}
      {isAdmin && <Link href="/admin/words">Watched words</Link>}
      <span className="spacer" />
      {viewer ? (
        <>
          <NotificationBell />
          <Link href="/me">{viewer.username}</Link>
          <button type="button" onClick={async () => { await signOut(); navigate('/'); }}>
            Sign out
          </button>
        </>
      ) : (
        <>
          <Link href="/signin">Sign in</Link>
          <Link href="/signup">Sign up</Link>
        </>
      )}
    </nav>
  );
}

/** Pages that need a signed-in person (or a moderator) say so instead of failing. */
function Guard({ moderator = false, children }: { moderator?: boolean; children: ReactNode }) {
  const { viewer, isModerator, loading } = useAuth();
  if (!viewer) return loading ? <p>Loading…</p> : <p>Please <Link href="/signin">sign in</Link> first.</p>;
  if (moderator && !isModerator) return <p>This page is for moderators.</p>;
  return <>{children}</>;
}

/** Moves focus to the new page's main area so keyboard and screen-reader users land on it. */
function useFocusOnNavigate() {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location]);
  return main;
}

export function App() {
  const main = useFocusOnNavigate();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <Nav />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Switch>
            <Route path="/">{() => <ThreadListPage />}</Route>
            <Route path="/t/:threadId/a/:id">{(p) => <ArgumentPage key={p.id} threadId={p.threadId} id={p.id} />}</Route>
            <Route path="/t/:id">{(p) => <ThreadPage key={p.id} id={p.id} />}</Route>
            <Route path="/signin">{() => <SignInPage />}</Route>
            <Route path="/signup">{() => <SignUpPage />}</Route>
            <Route path="/suspended">{() => <SuspendedPage />}</Route>
            <Route path="/me">{() => <Guard><MePage /></Guard>}</Route>
            <Route path="/notifications">{() => <Guard><NotificationsPage /></Guard>}</Route>
            <Route path="/mod/log">{() => <ModLogPage />}</Route>
            <Route path="/mod/queue">{() => <Guard moderator><QueuePage /></Guard>}</Route>
            <Route path="/mod/import">{() => <Guard moderator><ImportPage /></Guard>}</Route>
            <Route path="/mod/users">{() => <Guard moderator><PeoplePage /></Guard>}</Route>
            <Route path="/mod/users/:id">{(p) => <Guard moderator><PersonPage key={p.id} userId={p.id} /></Guard>}</Route>
            <Route path="/admin/words">{() => <Guard moderator><WatchedWordsPage /></Guard>}</Route>
            <Route>{() => <h1>Page not found</h1>}</Route>
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
