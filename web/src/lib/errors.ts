import type { CombinedError } from 'urql';

export interface FormErrors {
  /** Messages keyed by the input field the API named in extensions.field. */
  fields: Record<string, string>;
  /** Messages that name no field (or a field the form does not show). */
  general: string | null;
}

/**
 * Splits an API error by `extensions.field` so each message can be shown next to its field.
 * `shown` lists the fields the form renders; any other message goes to the form's general slot.
 */
export function formErrors(error: CombinedError | undefined | null, shown: string[] = []): FormErrors {
  const out: FormErrors = { fields: {}, general: null };
  if (!error) return out;
  if (error.networkError) out.general = 'The server could not be reached. Please try again.';
  for (const e of error.graphQLErrors) {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field.replace(/^input\./, '') : null;
    const key = field && shown.find((s) => field === s || field.startsWith(`${s}.`));
    if (key) out.fields[key] = e.message;
    else out.general = out.general ? `${out.general} ${e.message}` : e.message;
  }
  return out;
}
