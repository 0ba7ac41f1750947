/** Raised when an article cannot be imported because of what was submitted. */
export class ArticleInputError extends Error {
  override readonly name = 'ArticleInputError';

  constructor(
    /** The input field at fault, e.g. `text` or `format`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
