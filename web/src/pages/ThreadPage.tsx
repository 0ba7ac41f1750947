import { lazy, Suspense } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../gql';
import { ArticleView } from '../components/ArticleView';
import { BalanceView } from '../components/Balance';
import { SideColumns } from '../components/SideColumns';
import { StancePicker } from '../components/StancePicker';
import { ThreadBanScope } from '../components/thread-ban';
import { useThreadActivity } from '../components/useThreadActivity';
import { useAuth } from '../lib/auth';

// Moderators' list of the thread's bans is fetched only for them, keeping it out of readers' bundle.
const ThreadBanList = lazy(() => import('../people/ThreadBanList'));

const ThreadPageDocument = graphql(`
  query ThreadPage($id: ID!) {
    thread(id: $id) {
      id
      motion
      description
      tags
      status
      slowModeSeconds
      argumentCount
      proCount
      conCount
      participantCount
      ...MyStanceFields
      ...MyBanFields
      ...BalanceFields
      article {
        id
        title
        byline
        sourceUrl
        paragraphs {
          start
          end
          text
          sentences {
            start
            end
            text
          }
        }
      }
    }
  }
`);

export function ThreadPage({ id }: { id: string }) {
  const { viewer, isModerator } = useAuth();
  const [{ data, error }] = useQuery({ query: ThreadPageDocument, variables: { id } });
  const announcement = useThreadActivity(id);
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading the thread…</p>;
  const t = data.thread;
  const sentences = t.article?.paragraphs.flatMap((p) => p.sentences) ?? [];
  return (
    <ThreadBanScope ban={t.myBan ?? null}>
      <nav aria-label="Breadcrumbs" className="breadcrumbs">
        <Link href="/">Debates</Link>
      </nav>
      <header className="motion">
        <p className="kicker">Motion</p>
        <h1>{t.motion}</h1>
        {t.description && <p>{t.description}</p>}
        <p className="meta">
          {t.argumentCount} arguments · {t.participantCount} people · {t.tags.map((tag) => `#${tag}`).join(' ')}
          {t.status !== 'OPEN' && <strong> · {t.status.toLowerCase()}</strong>}
          {t.slowModeSeconds > 0 && ` · slow mode: one post per ${t.slowModeSeconds} s`}
        </p>
        {isModerator && <Link href={`/mod/queue?thread=${t.id}`}>Review this thread’s queue (seeded claims, reports)</Link>}
      </header>
      {isModerator && (
        <Suspense fallback={<p role="status">Loading the thread’s bans…</p>}>
          <ThreadBanList threadId={t.id} />
        </Suspense>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <BalanceView balance={t.balance} />
      {viewer && <StancePicker thread={t} />}
      {t.article && <ArticleView threadId={t.id} article={t.article} />}
      <SideColumns threadId={t.id} parentId={null} open={t.status === 'OPEN'} sentences={sentences} />
    </ThreadBanScope>
  );
}
