import type { RequestContext } from '../common/graphql/request-context';
import type { ArgumentEntity } from './argument.entity';

type Reader = (arg: ArgumentEntity) => string;

/**
 * The text a request's reader sees of each argument, with what it depends on (the viewer, the
 * CENSOR rules) read once per request. Once those are in, a row's text is a plain value: a page
 * of 160 rows then costs no promise per row for graphql-js to wait on.
 */
export class ReaderTexts {
  private readonly byRequest = new WeakMap<
    RequestContext,
    { ready?: Reader; loading: Promise<Reader> }
  >();

  constructor(private readonly readerFor: (ctx: RequestContext) => Promise<Reader>) {}

  of(arg: ArgumentEntity, ctx: RequestContext): string | Promise<string> {
    let reader = this.byRequest.get(ctx);
    if (!reader) {
      const entry: { ready?: Reader; loading: Promise<Reader> } = {
        loading: this.readerFor(ctx).then((read) => (entry.ready = read)),
      };
      this.byRequest.set(ctx, (reader = entry));
    }
    return reader.ready ? reader.ready(arg) : reader.loading.then((read) => read(arg));
  }
}
