import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** An instance unused this long is let go: imports are rare, and it holds about 10 MB. */
const IDLE_MS = 60_000;

let nlp: WinkMethods | undefined;
let idle: NodeJS.Timeout | undefined;

/**
 * The one wink-nlp instance (full pipeline: sentences, negation, sentiment, parts of speech,
 * entities) that the importer and the seeding share, built on first use and let go after a
 * minute unused, so a server that imported an article does not keep it for good.
 */
export function englishNlp(): WinkMethods {
  nlp ??= winkNLP(model);
  if (idle) idle.refresh();
  else {
    idle = setTimeout(() => {
      nlp = undefined;
      idle = undefined;
    }, IDLE_MS);
    idle.unref();
  }
  return nlp;
}
