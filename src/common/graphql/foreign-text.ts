import { Extensions } from '@nestjs/graphql';

/**
 * Marks an input field whose text is not a person's own writing but copied from elsewhere (an
 * imported article, a span quoted from it): it keeps control and bidirectional formatting
 * characters, which the input hygiene check refuses in everything people write
 * (security/input-hygiene.ts), since its importer promises to keep every character.
 */
export const FOREIGN_TEXT_EXTENSION = 'foreignText';

export const ForeignText = () => Extensions({ [FOREIGN_TEXT_EXTENSION]: true });
