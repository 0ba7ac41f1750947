import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/graphql/request-context';
import { notFound } from '../common/errors/app-errors';
import { ArgumentEntity } from '../arguments/argument.entity';
import { ArgumentsService } from '../arguments/arguments.service';
import { VotePayload } from './dto/vote.input';

@Resolver(() => VotePayload)
export class VotePayloadResolver {
  constructor(private readonly arguments_: ArgumentsService) {}

  /** The argument as the vote left it: from the vote's statement, or read now. */
  @ResolveField(() => ArgumentEntity)
  async argument(
    @Parent() payload: VotePayload,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity> {
    if (payload.argument) return payload.argument;
    const argument = await this.arguments_.load(ctx.loaders, payload.argumentId);
    if (!argument) throw notFound('Argument', payload.argumentId);
    return argument;
  }
}
