/**
 * How many batches of votes may be written at once (see `VotesService`): enough that one argument
 * whose row is held up (a moderator's transaction, a brigade) holds up only its lane's votes, few
 * enough that the votes arriving under load meet in batches.
 */
export const VOTE_LANES = 4;

/** An argument's lane, from its id's last hex digits (random in a uuid); always the same one. */
export const voteLane = (argumentId: string): string =>
  String(parseInt(argumentId.slice(-6), 16) % VOTE_LANES);
