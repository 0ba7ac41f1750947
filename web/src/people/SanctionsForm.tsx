import { useState } from 'react';
import { useMutation } from 'urql';
import { FormError, TextArea, TextField } from '../components/fields';
import { formErrors } from '../lib/errors';
import { SuspendDocument, UnsuspendDocument, WarnDocument } from './documents';

/** Warn, suspend (until a time, or permanently; optionally removing their arguments) or lift a suspension, with a reason. */
export function SanctionsForm({ userId, suspended }: { userId: string; suspended: boolean }) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [removeContent, setRemoveContent] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [warn, warnUser] = useMutation(WarnDocument);
  const [suspend, suspendUser] = useMutation(SuspendDocument);
  const [unsuspend, unsuspendUser] = useMutation(UnsuspendDocument);
  const errors = formErrors(warn.error ?? suspend.error ?? unsuspend.error, ['reason', 'until']);
  const act = async <T,>(run: () => Promise<{ data?: T }>, label: (data: T) => string) => {
    setDone(null);
    const { data } = await run();
    if (data) {
      setDone(label(data));
      setReason('');
      setRemoveContent(false);
    }
  };
  const count = (n: number | null | undefined, what: string) => (n ? ` ${n} argument${n === 1 ? '' : 's'} ${what}.` : '');
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-label="Sanctions">
      <h2>Sanctions</h2>
      <TextArea label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={2} />
      <TextField label="Suspend until (empty: permanently)" type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} error={errors.fields.until} />
      <label className="check">
        <input type="checkbox" checked={removeContent} onChange={(e) => setRemoveContent(e.target.checked)} />
        Also remove their arguments (lifting the suspension restores them)
      </label>
      <FormError message={errors.general} />
      <p role="status">{done}</p>
      <div className="actions">
        <button type="button" onClick={() => act(() => warnUser({ input: { userId, reason } }), () => 'Warned.')}>
          Warn
        </button>
        <button
          type="button"
          onClick={() =>
            act(
              () => suspendUser({ input: { userId, reason, removeContent, until: until ? new Date(until).toISOString() : null } }),
              (d) => `Suspended.${count(d.suspendUser.removedArgumentCount, 'removed')}`,
            )
          }
        >
          Suspend
        </button>
        <button
          type="button"
          disabled={!suspended}
          onClick={() =>
            act(
              () => unsuspendUser({ input: { userId, reason: reason || null } }),
              (d) => `Suspension lifted.${count(d.unsuspendUser.restoredArgumentCount, 'restored')}`,
            )
          }
        >
          Lift suspension
        </button>
      </div>
    </form>
  );
}
