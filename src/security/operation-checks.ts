import { DocumentNode, GraphQLError, GraphQLSchema, Kind } from 'graphql';
import { LRUCache } from 'lru-cache';
import { costError } from './query-limits';
import { inputHygieneError, variableDepthError } from './input-hygiene';
import type { TokenProblem } from './token-problem';
import { tokenProblemError } from './token-problem';

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  tokenProblem?: TokenProblem;
}

/** Keys longer than this (an argument's text in a variable) are checked every time. */
const REMEMBERED_KEY_LENGTH = 1024;

/**
 * Documents are parsed once per query text by Apollo, so the same page asked again arrives as
 * the same DocumentNode; for it, the variable values that passed are remembered (passes only:
 * a refusal is built afresh each time).
 */
const passed = new WeakMap<DocumentNode, LRUCache<string, true>>();

/** The operation's name and the values of the variables it declares: all a check depends on. */
function passKey(op: OperationToCheck, maxCost: number): string {
  const declared: Record<string, unknown> = {};
  for (const definition of op.document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      declared[v.variable.name.value] = op.variables?.[v.variable.name.value];
    }
  }
  return `${maxCost}\0${op.operationName ?? ''}\0${JSON.stringify(declared)}`;
}

/**
 * What is checked after validation and before any resolver runs, over HTTP and WebSocket: a bad
 * token, bad bytes or nulls in the input, and the cost. Nothing here touches the database.
 */
export function operationRefusal(op: OperationToCheck, maxCost: number): GraphQLError | null {
  if (op.tokenProblem) return tokenProblemError(op.tokenProblem);
  const tooDeep = variableDepthError(op.variables);
  if (tooDeep) return tooDeep;
  const key = passKey(op, maxCost);
  const known = passed.get(op.document);
  if (known?.has(key)) return null;
  const refusal =
    inputHygieneError(op.schema, op.document, op.variables) ??
    costError(op.schema, op.document, op.variables ?? undefined, op.operationName, maxCost);
  if (!refusal && key.length <= REMEMBERED_KEY_LENGTH) {
    if (known) known.set(key, true);
    else passed.set(op.document, new LRUCache<string, true>({ max: 100 }).set(key, true));
  }
  return refusal;
}
