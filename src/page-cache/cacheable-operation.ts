import { FieldNode, Kind, OperationDefinitionNode, ValueNode } from 'graphql';

/** The thread-list entries depend on every thread, so they share one tag. */
export const THREAD_LIST_TAG = 'threads';

/**
 * Which cache tag an anonymous query's answer depends on, or null when it must not be cached.
 * Only the two pages every reader loads are cached: the thread page (`thread(id)`, tagged by that
 * thread, so its events invalidate it) and the thread list (`threads`, tagged together). Any other
 * root field, a mix of the two, or a thread id that is not a plain value makes it uncacheable.
 */
export function cacheTagOf(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  if (operation.operation !== 'query') return null;
  if (variables && hasUndeclared(operation, variables)) return null;
  let tag: string | null = null;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value === '__typename') continue;
    const next = tagOfRootField(selection, variables);
    if (next === null || (tag !== null && tag !== next)) return null;
    tag = next;
  }
  return tag;
}

function tagOfRootField(field: FieldNode, variables?: Record<string, unknown>): string | null {
  if (field.directives?.length) return null;
  if (field.name.value === 'threads') return THREAD_LIST_TAG;
  if (field.name.value !== 'thread') return null;
  const id = field.arguments?.find((a) => a.name.value === 'id')?.value;
  const value = id ? plainValue(id, variables) : undefined;
  // Events name threads by their canonical (lower-case) UUID.
  return typeof value === 'string' ? `thread:${value.toLowerCase()}` : null;
}

function plainValue(node: ValueNode, variables?: Record<string, unknown>): unknown {
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return undefined;
}

/** The tag of one thread's page, as events invalidate it. */
export const threadTag = (threadId: string) => `thread:${threadId.toLowerCase()}`;

/**
 * Variables the operation does not declare cannot change its answer, but each new one would be a
 * new key: with them a request is answered fresh and not stored, so nobody can push the readers'
 * pages out of the cache (or fill it) by sending the same page with made-up variables.
 */
function hasUndeclared(operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  const names = Object.keys(variables);
  if (names.length === 0) return false;
  const declared = new Set(operation.variableDefinitions?.map((d) => d.variable.name.value));
  return names.some((name) => !declared.has(name));
}
