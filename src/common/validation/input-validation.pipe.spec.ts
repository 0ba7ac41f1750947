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

  it('refuses a bad value every time it is sent', async () => {
    const pipe = new InputValidationPipe({ transform: true, whitelist: true });
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ first: 0, sort: 'BRIDGING' }, args)).rejects.toThrow();
    }
  });
});
