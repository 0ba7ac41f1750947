import { useState } from 'react';
import { useMutation } from 'urql';
import { FormError, TextArea, TextField } from '../components/fields';
import { formErrors } from '../lib/errors';
import { SuspendDocument, UnsuspendDocument, WarnDocument } from './documents';

/** Warn, suspend (until a time, or permanently) or lift a suspension, with a reason. */
export function SanctionsForm({ userId, suspended }: { userId: string; suspended: boolean }) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [warn, warnUser] = useMutation(WarnDocument);
  const [suspend, suspendUser] = useMutation(SuspendDocument);
  const [unsuspend, unsuspendUser] = useMutation(UnsuspendDocument);
  const errors = formErrors(warn.error ?? suspend.error ?? unsuspend.error, ['reason', 'until']);
  const act = async (label: string, run: () => Promise<{ data?: unknown }>) => {
    setDone(null);
    if ((await run()).data) {
      setDone(label);
      setReason('');
    }
  };
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-label="Sanctions">
      <h2>Sanctions</h2>
      <TextArea label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={2} />
      <TextField label="Suspend until (empty: permanently)" type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} error={errors.fields.until} />
      <FormError message={errors.general} />
      <p role="status">{done}</p>
      <div className="actions">
        <button type="button" onClick={() => act('Warned.', () => warnUser({ input: { userId, reason } }))}>Warn</button>
        <button type="button" onClick={() => act('Suspended.', () => suspendUser({ input: { userId, reason, until: until ? new Date(until).toISOString() : null } }))}>
          Suspend
        </button>
        <button type="button" disabled={!suspended} onClick={() => act('Suspension lifted.', () => unsuspendUser({ input: { userId, reason: reason || null } }))}>
          Lift suspension
        </button>
      </div>
    </form>
  );
}
