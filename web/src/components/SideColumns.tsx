import { useState } from 'react';
import type { ArgumentSort, Side } from '../gql/graphql';
import { useAuth } from '../lib/auth';
import { ARGUMENT_SORTS } from '../lib/enums';
import { ArgumentColumn } from './ArgumentColumn';
import { SelectField } from './fields';
import { PostForm, type QuotableSentence } from './PostForm';
import { banned, useThreadBan } from './thread-ban';

const SIDES: Side[] = ['PRO', 'CON'];

/**
 * PRO and CON side by side; on a narrow screen one column at a time, chosen with the switch
 * (CSS hides the other column, so both keep what was typed in them).
 */
export function SideColumns({
  threadId,
  parentId,
  open,
  sentences = [],
  counts,
}: {
  threadId: string;
  parentId: string | null;
  open: boolean;
  sentences?: QuotableSentence[];
  /** Direct replies per side, when known. */
  counts?: Record<Side, number>;
}) {
  const { viewer } = useAuth();
  const ban = useThreadBan();
  const [sort, setSort] = useState<ArgumentSort>('BRIDGING');
  const [shown, setShown] = useState<Side>('PRO');
  // The forms stay mounted once opened (hidden when closed), so nothing typed is lost.
  const [writing, setWriting] = useState<Record<Side, boolean | null>>({ PRO: null, CON: null });
  return (
    <section className="debate" aria-label={parentId ? 'Replies' : 'Arguments'}>
      <div className="debate-tools">
        <SelectField label="Rank by" value={sort} onChange={(e) => setSort(e.target.value as ArgumentSort)} options={[...ARGUMENT_SORTS]} />
        <div className="side-switch" role="group" aria-label="Show side">
          {SIDES.map((side) => (
            <button key={side} type="button" className={side.toLowerCase()} aria-pressed={shown === side} onClick={() => setShown(side)}>
              {side}{counts ? ` (${counts[side]})` : ''}
            </button>
          ))}
        </div>
      </div>
      <div className={`columns show-${shown.toLowerCase()}`}>
        {SIDES.map((side) => (
          <section key={side} className={`column ${side.toLowerCase()}`} aria-labelledby={`col-${side}-${parentId ?? 'motion'}`}>
            <h2 id={`col-${side}-${parentId ?? 'motion'}`}>
              {side}
              {counts && <span className="count"> ({counts[side]})</span>}
            </h2>
            {viewer && open && (
              <>
                <button type="button" className="write" aria-expanded={!!writing[side]} {...banned(ban)} onClick={() => setWriting((w) => ({ ...w, [side]: !w[side] }))}>
                  {writing[side] ? 'Close the form' : `Add a ${side} ${parentId ? 'reply' : 'argument'}`}
                </button>
                {writing[side] !== null && !ban && (
                  <div hidden={!writing[side]}>
                    <PostForm threadId={threadId} parentId={parentId} side={side} sentences={sentences} />
                  </div>
                )}
              </>
            )}
            {!viewer && <p className="hint">Sign in to argue.</p>}
            <ArgumentColumn threadId={threadId} parentId={parentId} side={side} sort={sort} />
          </section>
        ))}
      </div>
    </section>
  );
}
