import { GraphQLError, GraphQLSchema, isObjectType } from 'graphql';

/** Where an HTTP operation's execution deadline (epoch ms) is kept on its context. */
export const EXECUTION_DEADLINE = Symbol('executionDeadline');

type WithDeadline = { [EXECUTION_DEADLINE]?: number };

/**
 * Makes every field with a resolver (@nestjs/graphql gives each field one) refuse to start once
 * its operation's deadline, set by the security plugin when execution starts, has passed: one
 * comparison per field, where Apollo's `willResolveField` hook instruments every field with a
 * call through its plugin listeners and a watch on each result.
 *
 * In a mutation only the root fields are refused: a change that has started is carried through
 * and its payload answered, so TIMEOUT always means "not done" (the payload's size is bounded by
 * the query limits). Before, a slow import committed and then answered TIMEOUT for its article.
 */
export function withExecutionDeadline(
  schema: GraphQLSchema,
  timedOut: () => GraphQLError,
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: WithDeadline, info) => {
        const deadline = context?.[EXECUTION_DEADLINE];
        if (
          deadline !== undefined &&
          Date.now() > deadline &&
          // info.path.prev is undefined for a root field.
          (info.operation.operation !== 'mutation' || info.path.prev === undefined)
        )
          throw timedOut();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
