import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { AppError } from '../common/errors/app-errors';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

function httpExceptionCode(error: HttpException): string | undefined {
  if (error instanceof BadRequestException) return 'BAD_USER_INPUT';
  if (error instanceof UnauthorizedException) return 'UNAUTHENTICATED';
  if (error instanceof ForbiddenException) return 'FORBIDDEN';
  if (error instanceof NotFoundException) return 'NOT_FOUND';
  return undefined;
}

/**
 * True for errors the client should see as they are: ours, and Apollo's own request errors
 * (parse, validation, variables), which carry a code and never come from a resolver.
 */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return true;
  if (original instanceof HttpException) return httpExceptionCode(original) !== undefined;
  if (!(error instanceof GraphQLError) || error.path) return false;
  const code = error.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}

/** Every error leaves with a code; anything unexpected is masked (the request id is added later). */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof HttpException && isClientError(original)) {
    const response = original.getResponse() as { message?: unknown };
    const message = Array.isArray(response?.message)
      ? response.message.join('; ')
      : original.message;
    return { ...formatted, message, extensions: { code: httpExceptionCode(original) } };
  }
  if (isClientError(error)) return formatted;
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
