/** One piece of text a person wrote, and the input field it came from (named in a refusal). */
export interface WrittenText {
  field: string;
  text: string;
}

interface SourceText {
  url: string;
  title: string;
  excerpt?: string | null;
}

/** Everything an argument's author writes: the body and each source's address, title, excerpt. */
export function argumentTexts(body: string | undefined, sources?: SourceText[]): WrittenText[] {
  const texts: WrittenText[] = body === undefined ? [] : [{ field: 'body', text: body }];
  for (const s of sources ?? []) {
    texts.push({ field: 'sources', text: s.url }, { field: 'sources', text: s.title });
    if (s.excerpt) texts.push({ field: 'sources', text: s.excerpt });
  }
  return texts;
}
