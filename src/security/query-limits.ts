import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import type { SecurityConfig } from '../config/security-config';

type Limits = SecurityConfig['graphql'];

/** Armor's rules throw by default, which aborts validation; report instead so the client gets a validation error. */
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

/** The limits every operation is validated with, over HTTP and WebSocket alike. */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...report }),
    maxAliasesRule({ n: limits.maxAliases, ...report }),
    maxDirectivesRule({ n: limits.maxDirectives, ...report }),
  ] as ValidationRule[];
}

/** How many items a list field may return when `first` is not given (the connections' default). */
const DEFAULT_PAGE = 20;

/**
 * Every field costs 1; a paginated field costs its children times its page size, so nesting
 * `arguments(first: 100)` inside another one multiplies rather than adds.
 */
function pagedEstimator({ args, field, childComplexity }: ComplexityEstimatorArgs): number {
  const pageArgs = field.args.filter((a) => a.name === 'first' || a.name === 'last');
  if (!pageArgs.length) return 1 + childComplexity;
  // `last` replaces `first`, which keeps its default: the larger page is the one served.
  const sizes = pageArgs
    .map((a) => args[a.name])
    .filter((given): given is number => typeof given === 'number' && given > 0);
  const size = sizes.length ? Math.max(...sizes) : DEFAULT_PAGE;
  return 1 + size * childComplexity;
}

/** The operation's cost, or a QUERY_TOO_COMPLEX error when it is over the limit. */
export function costError(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
  maxCost: number,
): GraphQLError | null {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [pagedEstimator],
    });
  } catch {
    // Variables that do not fit their types: execution reports that with its own error.
    return null;
  }
  if (cost <= maxCost) return null;
  return new GraphQLError(
    `This query would cost ${cost} (the limit is ${maxCost}); ask for smaller pages or fewer nested lists`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } } },
  );
}
