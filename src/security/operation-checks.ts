import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { costError } from './query-limits';
import { inputHygieneError } from './input-hygiene';
import type { TokenProblem } from './token-problem';
import { tokenProblemError } from './token-problem';

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  tokenProblem?: TokenProblem;
}

/**
 * What is checked after validation and before any resolver runs, over HTTP and WebSocket: a bad
 * token, bad bytes or nulls in the input, and the cost. Nothing here touches the database.
 */
export function operationRefusal(op: OperationToCheck, maxCost: number): GraphQLError | null {
  if (op.tokenProblem) return tokenProblemError(op.tokenProblem);
  return (
    inputHygieneError(op.schema, op.document, op.variables) ??
    costError(op.schema, op.document, op.variables ?? undefined, op.operationName, maxCost)
  );
}
