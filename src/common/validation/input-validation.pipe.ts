import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { LRUCache } from 'lru-cache';

/**
 * What a client sends. A GraphQL field's arguments reach pipes as 'body': Nest's pipes consumer
 * names parameter types by its HTTP table, where GqlParamtype.ARGS (3) is RouteParamtypes.BODY.
 */
const CLIENT_INPUT = new Set(['body', 'query', 'param']);

/** Longer values (an argument's text) are rarely sent twice, so they are not remembered. */
const REMEMBERED_LENGTH = 256;

/** An arguments object of plain values; a list (`threadIds: [ID]`) is not one, and not copied. */
const isFlat = (value: unknown): value is Record<string, string | number | boolean | null> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => v === null || typeof v !== 'object');

/** A shallow copy that keeps the class (resolvers may set defaults on their arguments). */
const copy = (o: object): object => Object.assign(Object.create(Object.getPrototypeOf(o)), o);

/**
 * The global ValidationPipe, for client input only. A field resolver's parent and context are
 * the server's own objects: validating them would copy the parent (its author and all) through
 * class-transformer on every field of every row of a page, and could only ever pass.
 *
 * A field's arguments are the same on every row of a list (`children(first: 3)` on each of a
 * page's arguments), so flat GraphQL arguments that passed are remembered by their values: the
 * next row gets a copy of the validated object instead of another class-transformer and
 * class-validator pass. Failures are not remembered (they are rechecked and thrown each time).
 */
export class InputValidationPipe extends ValidationPipe {
  private readonly passed = new WeakMap<object, LRUCache<string, object>>();

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return CLIENT_INPUT.has(String(metadata.type)) && super.toValidate(metadata);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // The type first: a field's parent (a whole row) is not walked to find out it is not input.
    const key =
      metadata.type === 'body' && metadata.metatype && isFlat(value)
        ? `${metadata.data ?? ''}\0${JSON.stringify(value)}`
        : '';
    if (!metadata.metatype || !key || key.length > REMEMBERED_LENGTH) {
      return super.transform(value, metadata);
    }
    let passed = this.passed.get(metadata.metatype);
    if (!passed) this.passed.set(metadata.metatype, (passed = new LRUCache({ max: 200 })));
    const known = passed.get(key);
    if (known) return copy(known);
    const result: unknown = await super.transform(value, metadata);
    if (typeof result === 'object' && result !== null) passed.set(key, copy(result));
    return result;
  }
}
