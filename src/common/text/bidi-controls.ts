/**
 * The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), as a
 * character-class body: they reorder what readers see around them ("Trojan Source"). People's
 * own text may not hold them (common/text/person-text.ts, checked on every GraphQL input by
 * security/input-hygiene.ts), and the terminal import prints them as escapes
 * (scripts/import-article.ts). The marks LRM, RLM and ALM are not among them.
 */
export const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';
