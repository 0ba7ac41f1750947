import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ThreadPageQuery } from '../gql/graphql';

const QuotesDocument = graphql(`
  query ThreadQuotes($id: ID!) {
    thread(id: $id) {
      id
      arguments(first: 100, sort: NEW) {
        edges {
          node {
            id
            side
            quote {
              start
              end
              text
            }
          }
        }
      }
    }
  }
`);

type Article = NonNullable<ThreadPageQuery['thread']['article']>;
interface Span {
  start: number;
  end: number;
  side: string;
}

/** A paragraph with the spans arguments quote marked; overlapping spans keep the first. */
function Paragraph({ start, end, text, spans }: { start: number; end: number; text: string; spans: Span[] }) {
  const inside = spans.filter((s) => s.start < end && s.end > start).sort((a, b) => a.start - b.start);
  const parts = [];
  let at = start;
  for (const s of inside) {
    const from = Math.max(s.start, at);
    const to = Math.min(s.end, end);
    if (to <= from) continue;
    if (from > at) parts.push(text.slice(at - start, from - start));
    parts.push(
      <mark key={from} className={s.side.toLowerCase()} title={`Quoted by a ${s.side} argument`}>
        {text.slice(from - start, to - start)}
      </mark>,
    );
    at = to;
  }
  parts.push(text.slice(at - start));
  return <p>{parts}</p>;
}

/** The article a thread was seeded from, with the spans its arguments quote highlighted. */
export function ArticleView({ threadId, article }: { threadId: string; article: Article }) {
  const [{ data }] = useQuery({ query: QuotesDocument, variables: { id: threadId } });
  const spans: Span[] = (data?.thread.arguments.edges ?? []).flatMap(({ node }) =>
    node.quote ? [{ start: node.quote.start, end: node.quote.end, side: node.side }] : [],
  );
  return (
    <details className="article card">
      <summary>
        Article: <strong>{article.title}</strong>
        {article.byline && ` — ${article.byline}`} ({spans.length} quoted span{spans.length === 1 ? '' : 's'})
      </summary>
      {article.sourceUrl && (
        <p>
          <a href={article.sourceUrl} rel="nofollow noopener noreferrer">
            Original
          </a>
        </p>
      )}
      {article.paragraphs.map((p) => (
        <Paragraph key={p.start} start={p.start} end={p.end} text={p.text} spans={spans} />
      ))}
    </details>
  );
}
