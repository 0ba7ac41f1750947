import { useState } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import type { ModerateAction, QueuePageQuery } from '../gql/graphql';
import { ArgumentCard } from '../components/ArgumentCard';
import { FormError, humanize, TextArea } from '../components/fields';
import { useAuth } from '../lib/auth';
import { formErrors } from '../lib/errors';
import { ClaimDocument, ModerateDocument } from './documents';
import { HeldEditDiff } from './HeldEditDiff';

export type Item = QueuePageQuery['moderationQueue']['edges'][number]['node'];
type Report = Item['reports'][number];

interface ActionButton {
  action: ModerateAction;
  label: string;
  extra?: { side?: 'PRO' | 'CON'; body?: string };
}

export const itemTitle = (item: Item) => `${humanize(item.kind)}${item.thread ? ` in “${item.thread.motion}”` : ''}`;

function actionsFor(item: Item, editedBody: string | null): ActionButton[] {
  const flipped = item.argument?.side === 'PRO' ? 'CON' : 'PRO';
  switch (item.kind) {
    // The explicit outcomes on reports: agree and act, disagree, or no judgement.
    case 'REPORTED':
      return [
        { action: 'REMOVE', label: 'Agree and remove' },
        { action: 'APPROVE', label: 'Disagree and keep' },
        { action: 'IGNORE', label: 'Ignore reports' },
      ];
    case 'PENDING_POST':
      return [
        { action: 'APPROVE', label: 'Approve' },
        { action: 'REJECT', label: 'Reject' },
      ];
    case 'SEEDED':
      return [
        editedBody !== null
          ? { action: 'APPROVE', label: 'Accept edited text', extra: { body: editedBody } }
          : { action: 'APPROVE', label: 'Accept' },
        { action: 'APPROVE', label: `Flip to ${flipped} and accept`, extra: { side: flipped, ...(editedBody !== null ? { body: editedBody } : {}) } },
        { action: 'REJECT', label: 'Reject' },
      ];
    case 'APPEAL':
      return [
        { action: 'APPROVE', label: 'Grant appeal' },
        { action: 'REJECT', label: 'Deny appeal' },
      ];
  }
}

const PersonLink = ({ user }: { user: { id: string; username: string } }) => <Link href={`/mod/users/${user.id}`}>{user.username}</Link>;

/** A reporter's record: how moderators judged their reports, and what their next one weighs. */
function ReporterRecord({ report }: { report: Report }) {
  const a = report.reporterAccuracy;
  if (!a) return null;
  const accuracy = a.accuracy == null ? 'no judged reports yet' : `accuracy ${Math.round(a.accuracy * 100)}%`;
  return (
    <span className="meta">
      {' '}
      ({accuracy}: {a.upheld} upheld, {a.dismissed} dismissed; next report weighs {a.weight})
    </span>
  );
}

export function QueueItemCard({
  item,
  selected,
  onSelect,
  onDone,
}: {
  item: Item;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDone: (message: string) => void;
}) {
  const { viewer } = useAuth();
  const [reason, setReason] = useState('');
  const [editedBody, setEditedBody] = useState<string | null>(null);
  const [claim, claimItem] = useMutation(ClaimDocument);
  const [result, moderate] = useMutation(ModerateDocument);
  const errors = formErrors(result.error ?? claim.error, ['reason', 'body', 'side']);
  const live = !!item.claimedUntil && new Date(item.claimedUntil) > new Date();
  const claimedByMe = live && item.claimedBy?.id === viewer?.id;
  const claimedByOther = live && !!item.claimedBy && !claimedByMe;
  const title = itemTitle(item);
  const author = item.argument?.author;

  return (
    <li className={`card queue-item${selected ? ' selected' : ''}`} aria-label={title} data-id={item.id}>
      <label className="check">
        <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
        Select<span className="visually-hidden"> {title}</span>
      </label>
      <h2>
        {humanize(item.kind)}
        {item.thread && (
          <>
            {' '}
            in <Link href={`/t/${item.thread.id}`}>{item.thread.motion}</Link>
          </>
        )}
      </h2>
      <p className="meta">
        Priority {item.priority.toFixed(1)}
        {item.reportCount > 0 && ` · ${item.reportCount} report(s)`}
        {claimedByMe && ' · claimed by you'}
        {claimedByOther && ` · claimed by ${item.claimedBy!.username}`}
        {author && (
          <>
            {' '}
            · author <PersonLink user={author} />
            {item.thread && (
              <>
                {' '}
                · <Link href={`/mod/users/${author.id}?thread=${item.thread.id}`}>ban {author.username} from this thread</Link>
              </>
            )}
          </>
        )}
      </p>
      {item.note && <p className="note">{item.note}</p>}
      {item.appeal && (
        <blockquote>
          Appeal by <PersonLink user={item.appeal.appellant} />: {item.appeal.message}
        </blockquote>
      )}
      {item.argument && <ArgumentCard argument={item.argument} />}
      {item.heldEdit && <HeldEditDiff diff={item.heldEdit} />}
      {item.reports.length > 0 && (
        <ul className="reports" aria-label="Reports">
          {item.reports.map((r) => (
            <li key={r.id}>
              {humanize(r.reason)}
              {r.fallacy && ` (${humanize(r.fallacy)})`}
              {r.note && `: ${r.note}`}
              {r.reporter && (
                <>
                  {' — '}
                  <PersonLink user={r.reporter} />
                </>
              )}
              {r.automatic && ' — automatic (a watched word)'} · {r.status.toLowerCase()} · weight {r.weight}
              <ReporterRecord report={r} />
            </li>
          ))}
        </ul>
      )}
      {!claimedByMe && (
        <button type="button" onClick={() => claimItem({ input: { itemId: item.id } })} disabled={claim.fetching || claimedByOther}>
          Claim
        </button>
      )}
      {item.kind === 'SEEDED' && item.argument && (
        editedBody === null ? (
          <button type="button" onClick={() => setEditedBody(item.argument!.body)}>Edit text</button>
        ) : (
          <TextArea label="Edited claim" value={editedBody} onChange={(e) => setEditedBody(e.target.value)} error={errors.fields.body} rows={3} />
        )
      )}
      <TextArea label="Reason (shown in the moderation log)" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={2} />
      <FormError message={errors.general} />
      <div className="actions">
        {actionsFor(item, editedBody).map((b) => (
          <button
            key={b.label}
            type="button"
            disabled={result.fetching}
            onClick={async () => {
              const r = await moderate({ input: { action: b.action, itemId: item.id, reason: reason.trim() || null, ...b.extra } });
              // The resolved item leaves the list (the cache refetches it), so the page says what happened.
              if (r.data) onDone(`${b.label}: done (${title}).`);
            }}
          >
            {b.label}
          </button>
        ))}
      </div>
      {item.kind === 'REPORTED' && (
        <p className="hint">
          Agree and remove: the reporters’ future reports weigh more. Disagree and keep: they weigh less, and the reporters cannot report this version
          again. Ignore: the reports close without a judgement.
        </p>
      )}
    </li>
  );
}
