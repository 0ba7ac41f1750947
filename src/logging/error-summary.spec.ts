import { QueryFailedError } from 'typeorm';
import { serializeError } from './error-summary';

describe('serializeError', () => {
  it('keeps the statement and summarises the parameters of a failed query, dropping their values', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      severity: 'ERROR',
      detail: 'Key (email)=(ada@example.com) already exists.',
    });
    const article = 'A whole article. '.repeat(300);
    const error = new QueryFailedError(
      'INSERT INTO users (email, bio, age) VALUES ($1, $2, $3)',
      ['ada@example.com', article, 36],
      driverError,
    );
    const logged = serializeError(error) as Record<string, unknown>;
    const text = JSON.stringify(logged);
    expect(logged.query).toBe('INSERT INTO users (email, bio, age) VALUES ($1, $2, $3)');
    expect(logged.parameters).toEqual(['string(15)', `string(${article.length})`, 'number']);
    expect(logged.driverError).toMatchObject({ code: '23505' });
    expect(text).not.toContain('ada@example.com');
    expect(text).not.toContain('A whole article');
  });
});
