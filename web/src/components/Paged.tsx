import { Fragment, useState, type ReactNode } from 'react';

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * A list shown in pages fetched with the API's cursors: each page is its own query (so the cache
 * keeps them apart), and "Show more" appends the next one after the last cursor seen.
 */
export function Paged({
  resetKey,
  renderPage,
}: {
  /** Changing it (a new filter or sort) starts again from the first page. */
  resetKey: string;
  renderPage: (after: string | null, more: (pageInfo: PageInfoLike) => ReactNode) => ReactNode;
}) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  return (
    <>
      {cursors.map((after, i) => (
        <Fragment key={after ?? 'first'}>
          {renderPage(after, (pageInfo) =>
            i === cursors.length - 1 && pageInfo.hasNextPage && pageInfo.endCursor ? (
              <button
                type="button"
                className="more"
                onClick={() => setState({ key: resetKey, cursors: [...cursors, pageInfo.endCursor!] })}
              >
                Show more
              </button>
            ) : null,
          )}
        </Fragment>
      ))}
    </>
  );
}
