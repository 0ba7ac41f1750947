import { useState } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../gql';
import type { ArgumentFieldsFragment, VoteValue } from '../gql/graphql';
import { useAuth } from '../lib/auth';
import { formErrors } from '../lib/errors';
import { AppealForm, EditForm, ReportForm, Revisions, WithdrawConfirm } from './argument-actions';
import { BAN_EXPLANATION_ID, useThreadBan } from './thread-ban';

const VoteDocument = graphql(`
  mutation Vote($input: VoteInput!) {
    vote(input: $input) {
      myVote
      argument {
        id
        score
        upvotes
        downvotes
        myVote
      }
    }
  }
`);

type Panel = 'edit' | 'history' | 'withdraw' | 'report' | 'appeal' | null;

/** What its author and moderators are told about an argument others see as a placeholder. */
const STATUS_NOTES: Record<string, string> = {
  REMOVED: 'Removed by a moderator',
  HIDDEN: 'Hidden while reports are reviewed',
  DELETED: 'Withdrawn by its author',
  REJECTED: 'Rejected by a moderator',
  PENDING: 'Awaiting moderation',
};

/** One argument: its sanitised body, votes, and what the reader may do with it. */
export function ArgumentCard({ argument: a, focus = false }: { argument: ArgumentFieldsFragment; focus?: boolean }) {
  const { viewer, isModerator } = useAuth();
  const [panel, setPanel] = useState<Panel>(null);
  const [voteResult, vote] = useMutation(VoteDocument);
  const ban = useThreadBan();
  const mine = viewer != null && a.author?.id === viewer.id;
  const published = a.status === 'PUBLISHED';
  // The API gives everyone else a placeholder body; these two see the text (and the reason).
  const seesBehind = mine || isModerator;
  const voteError = formErrors(voteResult.error).general;
  const toggle = (p: Panel) => setPanel((cur) => (cur === p ? null : p));
  const castVote = (value: VoteValue) =>
    vote({ input: { argumentId: a.id, value: a.myVote === value ? 'NONE' : value } });
  const label = `${a.side} argument${a.author ? ` by ${a.author.username}` : ' from the article'}`;

  return (
    <article className={`argument ${a.side.toLowerCase()}${focus ? ' focus' : ''}`} aria-label={label} data-id={a.id} data-status={a.status}>
      <header className="meta">
        <span className={`side-badge ${a.side.toLowerCase()}`}>{a.side}</span>{' '}
        {a.author ? a.author.username : 'From the article'} · <time dateTime={a.createdAt}>{new Date(a.createdAt).toLocaleString()}</time>
        {a.editedAt && ' · edited'}
        {!published && <span className="status-badge"> · {a.status.toLowerCase()}</span>}
      </header>
      {a.quote && <blockquote className="quote">“{a.quote.text}”</blockquote>}
      <div className={`body${!published && !seesBehind ? ' placeholder' : ''}`} dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      {!published && seesBehind && (
        <p className="status-note" role="note">
          {STATUS_NOTES[a.status] ?? a.status.toLowerCase()}
          {a.statusReason && `: ${a.statusReason}`}. Only its author and moderators see the text.
        </p>
      )}
      {a.sources.length > 0 && (
        <ul className="sources" aria-label="Sources">
          {a.sources.map((s) => (
            <li key={s.id}>
              <a href={s.url} rel="nofollow noopener noreferrer" target="_blank">
                {s.title}
              </a>
              {s.excerpt && <span> — {s.excerpt}</span>}
            </li>
          ))}
        </ul>
      )}
      <footer className="actions">
        <span className="votes" role="group" aria-label="Votes">
          <button type="button" aria-pressed={a.myVote === 'UP'} disabled={!viewer || !published || voteResult.fetching || !!ban} aria-describedby={ban ? BAN_EXPLANATION_ID : undefined} onClick={() => castVote('UP')}>
            <span aria-hidden="true">▲</span>
            <span className="visually-hidden">Upvote</span> {a.upvotes}
          </button>
          <span className="score" aria-label="Score">{a.score}</span>
          <button type="button" aria-pressed={a.myVote === 'DOWN'} disabled={!viewer || !published || voteResult.fetching || !!ban} aria-describedby={ban ? BAN_EXPLANATION_ID : undefined} onClick={() => castVote('DOWN')}>
            <span aria-hidden="true">▼</span>
            <span className="visually-hidden">Downvote</span> {a.downvotes}
          </button>
        </span>
        {!focus && (
          <Link href={`/t/${a.thread.id}/a/${a.id}`} className="replies">
            Replies: {a.proChildrenCount} PRO · {a.conChildrenCount} CON
          </Link>
        )}
        {mine && published && !ban && <button type="button" aria-expanded={panel === 'edit'} onClick={() => toggle('edit')}>Edit</button>}
        {a.editedAt && <button type="button" aria-expanded={panel === 'history'} onClick={() => toggle('history')}>History</button>}
        {mine && (published || a.status === 'PENDING') && (
          <button type="button" aria-expanded={panel === 'withdraw'} onClick={() => toggle('withdraw')}>Withdraw</button>
        )}
        {viewer && !mine && published && !ban && <button type="button" aria-expanded={panel === 'report'} onClick={() => toggle('report')}>Report</button>}
        {mine && (a.status === 'REMOVED' || a.status === 'REJECTED') && (
          <button type="button" aria-expanded={panel === 'appeal'} onClick={() => toggle('appeal')}>Appeal</button>
        )}
      </footer>
      {voteError && <p className="form-error" role="alert">{voteError}</p>}
      {panel === 'edit' && <EditForm argument={a} onDone={() => setPanel(null)} />}
      {panel === 'history' && <Revisions argumentId={a.id} />}
      {panel === 'withdraw' && <WithdrawConfirm argumentId={a.id} onDone={() => setPanel(null)} />}
      {panel === 'report' && <ReportForm argumentId={a.id} onDone={() => setPanel(null)} />}
      {panel === 'appeal' && <AppealForm argumentId={a.id} onDone={() => setPanel(null)} />}
    </article>
  );
}
