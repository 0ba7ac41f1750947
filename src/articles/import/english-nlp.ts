import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** An instance unused this long is let go: imports are rare, and it holds about 10 MB. */
const IDLE_MS = 60_000;

let nlp: WinkMethods | undefined;
let idle: NodeJS.Timeout | undefined;

/** The longest run of non-space characters wink is given whole. */
const LONG_RUN = 128;

/**
 * `text` with a space in place of every 129th character of a run of non-space characters longer
 * than that: wink's tokenizer backtracks quadratically inside such a run (its e-mail pattern over
 * a run of symbols, its abbreviation test over a long word), so a 150,000-letter "word" took 22 s
 * and 60,000 asterisks minutes, on the server's one thread. Same length and the same characters
 * elsewhere, so every offset into it is an offset into `text`, and no real word or address is
 * that long.
 */
export function withoutLongRuns(text: string): string {
  if (!/\S{129}/u.test(text)) return text;
  return text.replace(/\S{129,}/gu, (run) => {
    const units = run.split('');
    for (let i = LONG_RUN; i < units.length; i += LONG_RUN + 1) {
      // Never split a surrogate pair: move on to the next character that stands alone.
      while (i < units.length && /[\uD800-\uDFFF]/u.test(units[i])) i++;
      if (i < units.length) units[i] = ' ';
    }
    return units.join('');
  });
}

/**
 * The one wink-nlp instance (full pipeline: sentences, negation, sentiment, parts of speech,
 * entities) that the importer and the seeding share, built on first use and let go after a
 * minute unused, so a server that imported an article does not keep it for good. Its `readDoc`
 * reads `withoutLongRuns(text)`; a caller that maps wink's output back to offsets cuts the text
 * itself and passes that (cut again, it is unchanged, and only tested).
 */
export function englishNlp(): WinkMethods {
  nlp ??= guarded(winkNLP(model));
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

function guarded(instance: WinkMethods): WinkMethods {
  const readDoc = instance.readDoc.bind(instance);
  return Object.assign(Object.create(instance) as WinkMethods, {
    readDoc: (text: string) => readDoc(withoutLongRuns(text)),
  });
}
