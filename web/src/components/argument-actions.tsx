import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ArgumentFieldsFragment, Fallacy, ReportReason } from '../gql/graphql';
import { FALLACIES, REPORT_REASONS } from '../lib/enums';
import { formErrors } from '../lib/errors';
import { enumOptions, FormError, SelectField, TextArea, TextField } from './fields';
import { SourcesEditor, type SourceDraft } from './SourcesEditor';

const EditDocument = graphql(`
  mutation EditArgument($input: EditArgumentInput!) {
    editArgument(input: $input) {
      argument {
        ...ArgumentFields
      }
    }
  }
`);

const DeleteDocument = graphql(`
  mutation DeleteArgument($input: DeleteArgumentInput!) {
    deleteArgument(input: $input) {
      argument {
        ...ArgumentFields
      }
    }
  }
`);

const ReportDocument = graphql(`
  mutation Report($input: ReportInput!) {
    report(input: $input) {
      report {
        id
      }
      argument {
        ...ArgumentFields
      }
    }
  }
`);

const AppealDocument = graphql(`
  mutation AppealRemoval($input: AppealRemovalInput!) {
    appealRemoval(input: $input) {
      appeal {
        id
        status
      }
    }
  }
`);

const RevisionsDocument = graphql(`
  query Revisions($id: ID!) {
    argument(id: $id) {
      id
      revisions(first: 50) {
        edges {
          node {
            id
            body
            side
            createdAt
            editor {
              id
              username
            }
          }
        }
      }
    }
  }
`);

export function EditForm({ argument, onDone }: { argument: ArgumentFieldsFragment; onDone: () => void }) {
  const [body, setBody] = useState(argument.body);
  const [sources, setSources] = useState<SourceDraft[]>(argument.sources.map(({ title, url, excerpt }) => ({ title, url, excerpt: excerpt ?? '' })));
  const [result, edit] = useMutation(EditDocument);
  const errors = formErrors(result.error, ['body', 'sources']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await edit({
      input: { argumentId: argument.id, body, sources: sources.map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt || null })) },
    });
    if (r.data) onDone();
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="Edit argument">
      <TextArea label="Your argument" value={body} onChange={(e) => setBody(e.target.value)} error={errors.fields.body} rows={4} />
      <SourcesEditor sources={sources} onChange={setSources} error={errors.fields.sources} />
      <FormError message={errors.general} />
      <button type="submit" disabled={result.fetching}>Save edit</button>{' '}
      <button type="button" onClick={onDone}>Cancel</button>
    </form>
  );
}

export function WithdrawConfirm({ argumentId, onDone }: { argumentId: string; onDone: () => void }) {
  const [result, withdraw] = useMutation(DeleteDocument);
  return (
    <div className="panel" role="group" aria-label="Withdraw argument">
      <p>Withdraw this argument? Its replies stay in place.</p>
      <FormError message={formErrors(result.error).general} />
      <button type="button" disabled={result.fetching} onClick={async () => (await withdraw({ input: { argumentId } })).data && onDone()}>
        Yes, withdraw
      </button>{' '}
      <button type="button" onClick={onDone}>Cancel</button>
    </div>
  );
}

export function ReportForm({ argumentId, onDone }: { argumentId: string; onDone: () => void }) {
  const [reason, setReason] = useState<ReportReason>('SPAM');
  const [fallacy, setFallacy] = useState<Fallacy>('STRAW_MAN');
  const [note, setNote] = useState('');
  const [duplicateOfId, setDuplicateOfId] = useState('');
  const [result, report] = useMutation(ReportDocument);
  const errors = formErrors(result.error, ['reason', 'fallacy', 'note', 'duplicateOfId']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await report({
      input: {
        argumentId,
        reason,
        fallacy: reason === 'FALLACY' ? fallacy : null,
        note: note.trim() || null,
        duplicateOfId: reason === 'DUPLICATE' ? duplicateOfId.trim() || null : null,
      },
    });
  }
  if (result.data) {
    return (
      <p className="panel" role="status">
        Thank you: moderators will look at your report. <button type="button" onClick={onDone}>Close</button>
      </p>
    );
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="Report argument">
      <SelectField label="Reason" value={reason} onChange={(e) => setReason(e.target.value as ReportReason)} options={enumOptions(REPORT_REASONS)} error={errors.fields.reason} />
      {reason === 'FALLACY' && (
        <SelectField label="Fallacy" value={fallacy} onChange={(e) => setFallacy(e.target.value as Fallacy)} options={enumOptions(FALLACIES)} error={errors.fields.fallacy} />
      )}
      {reason === 'DUPLICATE' && (
        <TextField label="ID of the original argument" value={duplicateOfId} onChange={(e) => setDuplicateOfId(e.target.value)} error={errors.fields.duplicateOfId} />
      )}
      <TextArea label={reason === 'OTHER' ? 'Note (required)' : 'Note (optional)'} value={note} onChange={(e) => setNote(e.target.value)} error={errors.fields.note} rows={2} />
      <FormError message={errors.general} />
      <button type="submit" disabled={result.fetching}>Send report</button>{' '}
      <button type="button" onClick={onDone}>Cancel</button>
    </form>
  );
}

export function AppealForm({ argumentId, onDone }: { argumentId: string; onDone: () => void }) {
  const [message, setMessage] = useState('');
  const [result, appeal] = useMutation(AppealDocument);
  const errors = formErrors(result.error, ['message']);
  if (result.data) {
    return (
      <p className="panel" role="status">
        Your appeal is with the moderators. <button type="button" onClick={onDone}>Close</button>
      </p>
    );
  }
  return (
    <form className="panel" aria-label="Appeal" onSubmit={async (e) => { e.preventDefault(); await appeal({ input: { argumentId, message } }); }}>
      <TextArea label="Why should it be restored?" value={message} onChange={(e) => setMessage(e.target.value)} error={errors.fields.message} rows={3} />
      <FormError message={errors.general} />
      <button type="submit" disabled={result.fetching}>Send appeal</button>{' '}
      <button type="button" onClick={onDone}>Cancel</button>
    </form>
  );
}

export function Revisions({ argumentId }: { argumentId: string }) {
  const [{ data, error }] = useQuery({ query: RevisionsDocument, variables: { id: argumentId } });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading history…</p>;
  return (
    <ol className="panel revisions" aria-label="Earlier versions, newest first">
      {data.argument.revisions.edges.map(({ node: r }) => (
        <li key={r.id}>
          <p className="meta">
            {r.side} · replaced {new Date(r.createdAt).toLocaleString()}
            {r.editor && ` by ${r.editor.username}`}
          </p>
          <p>{r.body}</p>
        </li>
      ))}
    </ol>
  );
}
