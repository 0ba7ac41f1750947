import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSchema, LoneAnonymousOperationRule, parse, specifiedRules, validate } from 'graphql';

// A README block lists several operations side by side, each meant to be sent on its own.
const RULES = specifiedRules.filter((rule) => rule !== LoneAnonymousOperationRule);

/**
 * The GraphQL examples of the README and of every page in docs/, checked against the published
 * schema so they cannot rot.
 */
describe('README and docs GraphQL examples', () => {
  const root = join(__dirname, '..');
  const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));
  const pages = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];
  const blocks = pages.flatMap((page) =>
    [...readFileSync(join(root, page), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
      (m) => `# ${page}\n${m[1]}`,
    ),
  );

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

  it('links only to files in the repository, which exist', () => {
    const outside = pages.flatMap((page) =>
      [...readFileSync(join(root, page), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => m[1].split('#')[0])
        .filter((target) => target !== '')
        .filter(
          (target) => /^[a-z]+:/i.test(target) || !existsSync(join(root, dirname(page), target)),
        )
        .map((target) => `${page} -> ${target}`),
    );
    expect(outside).toEqual([]);
  });
});
