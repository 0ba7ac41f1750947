import type { Token } from './seeding-nlp';

/** A wire dateline is at most this many tokens: "VESTBY, March 3 (Nordwire) -". */
const WIRE_DATELINE = 12;

/** Most words of a place's name before a dateline's colon ("New Delhi:"). */
const PLACE_WORDS = 3;

/**
 * Where a wire report's opening dateline ends: "VESTBY, March 3 (Nordwire) -", "KUALA LUMPUR:"
 * (a place in capitals up to the dash or the colon) or "Columbia, SC (WLTX) --" (an agency's or
 * broadcaster's name in brackets before the dash marks one whatever the place's case, as does a
 * country in square brackets after the place, "New Delhi [India], July 4 :"), or an agency's
 * initials in brackets alone ("(CNS):"), or a place before a bullet ("OSLO •"). The index of the
 * first token after it; 0 when the tokens open with none.
 */
export function wireDatelineEnd(tokens: Token[]): number {
  const dash = tokens.findIndex(
    // ("OSLO • The Norwegian capital …": a bullet after the place, as some papers print it.)
    (t, i) => i > 0 && i <= WIRE_DATELINE && /^(?:[-–—]+|:|[•·])$/u.test(t.text),
  );
  if (dash <= 0) return 0;
  const agency = dash > 1 && tokens[dash - 1].text === ')' && tokens[dash].text !== ':';
  // "New Delhi [India], July 4 :": a place with its country in square brackets marks one too.
  const country = tokens
    .slice(0, dash)
    .some((t, i) => t.text === '[' && tokens[i + 2]?.text === ']' && i <= 3);
  // "Lucknow: The decision of …", "New Delhi: A court …": a place's name, in any case, before a
  // colon (or a bullet) and the capital of the sentence after it.
  const place =
    /^[:•·]$/u.test(tokens[dash].text) &&
    dash <= PLACE_WORDS &&
    tokens.slice(0, dash).every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) &&
    /^\p{Lu}/u.test(tokens[dash + 1]?.text ?? '');
  // "(CNS): Despite …": an agency's or a site's initials in brackets alone before the colon.
  const initials =
    dash === 3 &&
    tokens[0].text === '(' &&
    tokens[2].text === ')' &&
    /^\p{Lu}{2,6}$/u.test(tokens[1].text);
  if (initials) return dash + 1;
  if (!/^\p{Lu}{3,}$/u.test(tokens[0].text) && !agency && !country && !place) return 0;
  // wink tags a place in capitals as it likes ("SIOUX/PROPN FALLS/VERB").
  const verb = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}+$/u.test(t.text);
  return tokens.slice(0, dash).some(verb) ? 0 : dash + 1;
}
