import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, LoneAnonymousOperationRule, parse, specifiedRules, validate } from 'graphql';

// A README block lists several operations side by side, each meant to be sent on its own.
const RULES = specifiedRules.filter((rule) => rule !== LoneAnonymousOperationRule);

/** The README's GraphQL examples, checked against the published schema so they cannot rot. */
describe('README GraphQL examples', () => {
  const root = join(__dirname, '..');
  const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(3);
  });

  it.each(blocks.map((b, i) => [i + 1, b]))(
    'example %i is valid against the schema',
    (_i, block) => {
      const errors = validate(schema, parse(block as string), RULES).map((e) => e.message);
      expect(errors).toEqual([]);
    },
  );
});
