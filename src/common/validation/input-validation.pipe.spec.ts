import { ValidationPipe } from '@nestjs/common';
import { ArgumentListArgs } from '../../arguments/dto/argument-list.args';
import { InputValidationPipe } from './input-validation.pipe';

describe('InputValidationPipe', () => {
  // As Nest's pipes consumer hands a GraphQL field's arguments to pipes.
  const args = { type: 'body' as const, metatype: ArgumentListArgs, data: undefined };

  it('checks a field’s arguments once per distinct value and hands each row its own copy', async () => {
    const pipe = new InputValidationPipe({ transform: true, whitelist: true });
    const checks = jest.spyOn(ValidationPipe.prototype, 'transform');
    const first = (await pipe.transform({ first: 3, sort: 'BRIDGING' }, args)) as ArgumentListArgs;
    const second = (await pipe.transform({ first: 3, sort: 'BRIDGING' }, args)) as ArgumentListArgs;
    expect(checks).toHaveBeenCalledTimes(1);
    expect(second).toBeInstanceOf(ArgumentListArgs);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    checks.mockRestore();
  });

  it('hands a list argument sent twice back as the same list', async () => {
    // `threadListActivity(threadIds: [ID!]!)`: the second subscription must get a real array.
    const pipe = new InputValidationPipe({ transform: true, whitelist: true });
    const list = { type: 'body' as const, metatype: Array, data: 'threadIds' };
    const ids = ['a0000000-0000-4000-8000-000000000000', 'b0000000-0000-4000-8000-000000000000'];
    for (let i = 0; i < 2; i++) {
      const result = await pipe.transform([...ids], list);
      expect(Array.isArray(result)).toBe(true);
      expect(result).toEqual(ids);
    }
  });

  it('refuses a bad value every time it is sent', async () => {
    const pipe = new InputValidationPipe({ transform: true, whitelist: true });
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ first: 0, sort: 'BRIDGING' }, args)).rejects.toThrow();
    }
  });
});
