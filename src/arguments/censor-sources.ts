import type { RequestLoaders } from '../common/loaders/request-loaders';
import type { ArgumentModeration } from './argument-moderation';
import { ArgumentSource } from './argument-source.entity';

/** Sources as readers see them: CENSOR words masked in the address, title and excerpt. */
export function censorSources(
  moderation: ArgumentModeration,
  loaders: RequestLoaders,
  sources: ArgumentSource[],
): Promise<ArgumentSource[]> {
  const mask = (text: string) => moderation.censor(loaders, text);
  return Promise.all(
    sources.map(async (s) =>
      Object.assign(new ArgumentSource(), s, {
        url: await mask(s.url),
        title: await mask(s.title),
        excerpt: s.excerpt === null ? null : await mask(s.excerpt),
      }),
    ),
  );
}
