import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';

/** @nestjs/graphql's GqlParamtype.ARGS (the enum is not exported): an operation's arguments. */
const GRAPHQL_ARGS = '3';

/** What a client sends: a GraphQL operation's arguments, or an HTTP body, query or path. */
const CLIENT_INPUT = new Set(['body', 'query', 'param', GRAPHQL_ARGS]);

/**
 * The global ValidationPipe, for client input only. A field resolver's parent and context are
 * the server's own objects: validating them would copy the parent (its author and all) through
 * class-transformer on every field of every row of a page, and could only ever pass.
 */
export class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return CLIENT_INPUT.has(String(metadata.type)) && super.toValidate(metadata);
  }
}
