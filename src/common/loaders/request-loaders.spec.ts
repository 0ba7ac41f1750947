import { loaderKey, scoped } from './loader-key';
import { RequestLoaders } from './request-loaders';

const LENGTHS = loaderKey<string, number>('spec.lengths');

describe('RequestLoaders', () => {
  it('batches one key’s loads into one call, separately per scope', async () => {
    const loaders = new RequestLoaders();
    const calls: string[][] = [];
    const lengths = (scope: string) =>
      loaders.get(scoped(LENGTHS, scope), async (words) => {
        calls.push([...words]);
        return words.map((w) => w.length);
      });
    const found = await Promise.all([
      lengths('a').load('one'),
      lengths('a').load('three'),
      lengths('b').load('four'),
    ]);
    expect(found).toEqual([3, 5, 4]);
    expect(calls).toEqual([['one', 'three'], ['four']]);
  });

  it('refuses a second key of the same name', () => {
    expect(() => loaderKey<string, number>('spec.lengths')).toThrow(/declared twice/);
  });

  it('types keys and values by the key (checked by the compiler)', () => {
    const loaders = new RequestLoaders();
    // @ts-expect-error a batch answering strings for a key of numbers
    loaders.get(LENGTHS, async (words) => words.map((w) => w));
    const loader = loaders.get(LENGTHS, async (words) => words.map((w) => w.length));
    // @ts-expect-error a key of the wrong type
    void loader.load(3);
    // @ts-expect-error the answer is a number, not a string
    const asText: Promise<string> = loader.load('x');
    void asText;
  });
});
