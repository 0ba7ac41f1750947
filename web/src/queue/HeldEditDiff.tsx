import type { QueuePageQuery } from '../gql/graphql';

type Diff = NonNullable<QueuePageQuery['moderationQueue']['edges'][number]['node']['heldEdit']>;

/**
 * A held edit against the published text, word by word: added words underlined, removed ones
 * struck through, each also named in words for screen readers (which skip <ins> and <del>).
 */
export function HeldEditDiff({ diff }: { diff: Diff }) {
  const { edit } = diff;
  return (
    <section className="held-edit" aria-label="Held edit">
      <h3>Held edit: changes from the published text</h3>
      <p className="meta">{edit.heldReason}</p>
      {edit.side !== diff.previousSide && (
        <p>
          Side: {diff.previousSide} → <strong>{edit.side}</strong>
        </p>
      )}
      <p className="diff">
        {diff.parts.map((part, i) =>
          part.kind === 'ADDED' ? (
            <ins key={i}>
              <span className="visually-hidden">[added: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : part.kind === 'REMOVED' ? (
            <del key={i}>
              <span className="visually-hidden">[removed: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
      {edit.sources && (
        <p className="meta">
          Proposed sources: {edit.sources.length === 0 ? 'none' : edit.sources.map((s) => s.title || s.url).join(', ')}
        </p>
      )}
    </section>
  );
}
