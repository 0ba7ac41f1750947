import type { GraphQLFormattedError } from 'graphql';

/** graphql-js appends `Did you mean "thread" or "threads"?`, which spells the schema out without introspection. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function hideSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  const message = error.message.replace(SUGGESTION, '');
  return message === error.message ? error : { ...error, message };
}
