import type { EntityManager } from 'typeorm';
import type { RequestLoaders } from '../common/loaders/request-loaders';

/**
 * What threads ask of the watched-word rules, which sit above them in moderation: BLOCK words
 * refuse a motion, description or tag (moderators' text included), and CENSOR words are masked
 * for readers. Declared here and bound by the moderation rules module, like ArgumentModeration.
 */
export interface ThreadTextRules {
  /**
   * Refuses the first text with a BLOCK word, naming its input field; reads the rules through
   * `manager` (the caller's transaction: embedded PGlite has one connection).
   */
  refuseBlocked(texts: { field: string; text: string }[], manager?: EntityManager): Promise<void>;
  censor(loaders: RequestLoaders, text: string): Promise<string>;
}

export const THREAD_TEXT_RULES = Symbol('ThreadTextRules');
