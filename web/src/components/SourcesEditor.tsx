import { humanizeIndex } from './sources-label';
import { TextField } from './fields';

export interface SourceDraft {
  title: string;
  url: string;
  excerpt: string;
}

/** Rows of title + URL (+ excerpt) citing where a claim comes from. */
export function SourcesEditor({ sources, onChange, error }: { sources: SourceDraft[]; onChange: (s: SourceDraft[]) => void; error?: string }) {
  const set = (i: number, patch: Partial<SourceDraft>) => onChange(sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="sources-editor">
      <legend>Sources</legend>
      {sources.map((s, i) => (
        <div key={i} className="source-row">
          <TextField label={`${humanizeIndex(i)} source title`} value={s.title} onChange={(e) => set(i, { title: e.target.value })} />
          <TextField label={`${humanizeIndex(i)} source URL`} type="url" value={s.url} onChange={(e) => set(i, { url: e.target.value })} />
          <button type="button" onClick={() => onChange(sources.filter((_, j) => j !== i))}>Remove source</button>
        </div>
      ))}
      {error && <p className="field-error" role="alert">{error}</p>}
      <button type="button" onClick={() => onChange([...sources, { title: '', url: '', excerpt: '' }])}>Add a source</button>
    </fieldset>
  );
}
