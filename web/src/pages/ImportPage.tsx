import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../gql';
import type { ArticleFormat } from '../gql/graphql';
import { FormError, SelectField, TextArea, TextField } from '../components/fields';
import { NewThreadForm } from '../components/NewThreadForm';
import { formErrors } from '../lib/errors';

const ImportArticleDocument = graphql(`
  mutation ImportArticle($input: ImportArticleInput!) {
    importArticle(input: $input) {
      created
      article {
        id
        title
        titleDerived
        motionCandidates {
          text
          score
          origin
        }
        threads {
          id
          motion
        }
      }
    }
  }
`);

type Origin = 'paste' | 'url';

/**
 * Import an article (pasted text, Markdown or HTML, or a page the server fetches), then open a
 * thread on a suggested motion.
 */
export function ImportPage() {
  const [origin, setOrigin] = useState<Origin>('paste');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [format, setFormat] = useState<ArticleFormat>('TEXT');
  const [sourceUrl, setSourceUrl] = useState('');
  const [byline, setByline] = useState('');
  const [picked, setPicked] = useState(0);
  const [result, importArticle] = useMutation(ImportArticleDocument);
  const errors = formErrors(result.error, ['text', 'url', 'format', 'sourceUrl', 'byline']);
  const article = result.data?.importArticle.article;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPicked(0);
    const from = origin === 'url' ? { url: url.trim() } : { text, sourceUrl: sourceUrl.trim() || null };
    await importArticle({ input: { ...from, format, byline: byline.trim() || null } });
  }

  function chooseOrigin(next: Origin) {
    setOrigin(next);
    // A fetched page is usually HTML; pasted text usually is not.
    setFormat(next === 'url' ? 'HTML' : 'TEXT');
  }

  return (
    <>
      <h1>Import an article</h1>
      <form className="card" onSubmit={submit} aria-label="Article">
        <fieldset className="origin">
          <legend>Where the article comes from</legend>
          <label className="check">
            <input type="radio" name="origin" checked={origin === 'paste'} onChange={() => chooseOrigin('paste')} />
            Paste its text
          </label>
          <label className="check">
            <input type="radio" name="origin" checked={origin === 'url'} onChange={() => chooseOrigin('url')} />
            Fetch it from a URL
          </label>
        </fieldset>
        {origin === 'url' ? (
          <TextField label="Article URL" type="url" name="url" value={url} onChange={(e) => setUrl(e.target.value)} error={errors.fields.url} required hint="The server fetches the page (public http or https addresses) and keeps the URL as the source" />
        ) : (
          <TextArea label="Article text" value={text} onChange={(e) => setText(e.target.value)} error={errors.fields.text} rows={10} required hint="Paste the article: plain text, Markdown or HTML (up to 200,000 characters)" />
        )}
        <SelectField
          label="Format"
          value={format}
          onChange={(e) => setFormat(e.target.value as ArticleFormat)}
          error={errors.fields.format}
          options={[
            { value: 'TEXT', label: 'Plain text' },
            { value: 'MARKDOWN', label: 'Markdown' },
            { value: 'HTML', label: 'HTML' },
          ]}
        />
        {origin === 'paste' && (
          <TextField label="Source URL (optional)" type="url" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} error={errors.fields.sourceUrl} />
        )}
        <TextField label="Byline (optional)" value={byline} onChange={(e) => setByline(e.target.value)} error={errors.fields.byline} />
        <FormError message={errors.general} />
        <button type="submit" disabled={result.fetching}>Import</button>
      </form>
      {article && (
        <section className="card" aria-labelledby="candidates-title">
          <h2 id="candidates-title">
            {result.data!.importArticle.created ? 'Imported' : 'Already imported'}: {article.title}
          </h2>
          {article.threads.length > 0 && (
            <p>
              Threads on it:{' '}
              {article.threads.map((t) => (
                <Link key={t.id} href={`/t/${t.id}`}>
                  {t.motion}
                </Link>
              ))}
            </p>
          )}
          <fieldset>
            <legend>Motion candidates, best first</legend>
            {article.motionCandidates.length === 0 && <p>No suggestion: write the motion below.</p>}
            {article.motionCandidates.map((c, i) => (
              <label key={c.text} className="candidate">
                <input type="radio" name="candidate" checked={picked === i} onChange={() => setPicked(i)} />
                {c.text} <span className="meta">({c.origin.toLowerCase()}, {Math.round(c.score * 100)}%)</span>
              </label>
            ))}
          </fieldset>
          <NewThreadForm key={`${article.id}-${picked}`} articleId={article.id} initialMotion={article.motionCandidates[picked]?.text ?? ''} />
        </section>
      )}
    </>
  );
}
