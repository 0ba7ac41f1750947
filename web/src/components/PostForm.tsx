import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { Side } from '../gql/graphql';
import { formErrors } from '../lib/errors';
import { FormError, SelectField, TextArea } from './fields';
import { SourcesEditor, type SourceDraft } from './SourcesEditor';

const CreateArgumentDocument = graphql(`
  mutation CreateArgument($input: CreateArgumentInput!) {
    createArgument(input: $input) {
      argument {
        ...ArgumentFields
      }
    }
  }
`);

export interface QuotableSentence {
  start: number;
  end: number;
  text: string;
}

/** Posts a PRO or CON of the motion or of an argument, with sources and an optional article quote. */
export function PostForm({
  threadId,
  parentId,
  side,
  sentences,
}: {
  threadId: string;
  parentId: string | null;
  side: Side;
  sentences: QuotableSentence[];
}) {
  const [body, setBody] = useState('');
  const [sources, setSources] = useState<SourceDraft[]>([]);
  const [quoteIndex, setQuoteIndex] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [result, create] = useMutation(CreateArgumentDocument);
  const errors = formErrors(result.error, ['body', 'sources', 'quote']);
  const word = side === 'PRO' ? 'PRO' : 'CON';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const quote = quoteIndex === '' ? null : sentences[Number(quoteIndex)];
    const r = await create({
      input: {
        threadId,
        parentId,
        side,
        body,
        sources: sources.filter((s) => s.title || s.url).map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt || null })),
        quote: quote ? { start: quote.start, end: quote.end, text: quote.text } : null,
      },
    });
    if (r.data) {
      setBody('');
      setSources([]);
      setQuoteIndex('');
      const status = r.data.createArgument.argument.status;
      setNotice(status === 'PENDING' ? 'Posted: it appears once a moderator approves it.' : 'Posted.');
    }
  }

  return (
    <form className="post-form" onSubmit={submit} aria-label={`Add a ${word} argument`}>
      <TextArea label={`Your ${word} argument`} value={body} onChange={(e) => setBody(e.target.value)} error={errors.fields.body} rows={3} hint="Markdown, up to 2000 characters" required />
      {sentences.length > 0 && (
        <SelectField
          label="Quote from the article (optional)"
          value={quoteIndex}
          onChange={(e) => setQuoteIndex(e.target.value)}
          error={errors.fields.quote}
          options={[{ value: '', label: 'No quote' }, ...sentences.map((s, i) => ({ value: String(i), label: s.text.length > 90 ? `${s.text.slice(0, 90)}…` : s.text }))]}
        />
      )}
      <SourcesEditor sources={sources} onChange={setSources} error={errors.fields.sources} />
      <FormError message={errors.general} />
      {notice && <p role="status">{notice}</p>}
      <button type="submit" disabled={result.fetching}>Post {word}</button>
    </form>
  );
}
