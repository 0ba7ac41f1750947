import { createContext, useContext, type ReactNode } from 'react';
import type { MyBanFieldsFragment } from '../gql/graphql';

type Ban = NonNullable<MyBanFieldsFragment['myBan']>;

/** The element that explains why controls are disabled; they point to it with aria-describedby. */
export const BAN_EXPLANATION_ID = 'thread-ban-explanation';

const ThreadBanContext = createContext<Ban | null>(null);

/** The reader's ban from the thread on this page, or null: votes, forms and the stance ask it. */
export const useThreadBan = () => useContext(ThreadBanContext);

/** What a control disabled by the ban carries: disabled, and described by the notice. */
export function banned(ban: Ban | null): { disabled?: true; 'aria-describedby'?: string } {
  return ban ? { disabled: true, 'aria-describedby': BAN_EXPLANATION_ID } : {};
}

const When = ({ iso }: { iso: string }) => <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;

/**
 * Shows a banned reader their ban (reason, until when) above the thread, and tells the controls
 * below that they are off: the API refuses posting, editing, voting, a stance and reports.
 */
export function ThreadBanScope({ ban, children }: { ban: Ban | null; children: ReactNode }) {
  return (
    <ThreadBanContext.Provider value={ban}>
      {ban && (
        <section className="ban-notice card" aria-label="Your ban from this thread">
          <h2>You are banned from this thread</h2>
          <p>Reason given by the moderators: {ban.reason}</p>
          <p>
            Since <When iso={ban.since} />,{' '}
            {ban.until ? (
              <>
                until <When iso={ban.until} />
              </>
            ) : (
              'until a moderator lifts it'
            )}
            .
          </p>
          <p id={BAN_EXPLANATION_ID}>
            While the ban lasts you can read this thread, but not post, edit, vote, take a stance or
            report here.
          </p>
        </section>
      )}
      {children}
    </ThreadBanContext.Provider>
  );
}
