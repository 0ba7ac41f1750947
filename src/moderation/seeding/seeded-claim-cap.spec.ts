import { Side } from '../../arguments/argument-enums';
import { strongestPerSide } from './seeded-claim-cap';

describe('strongestPerSide', () => {
  const p = (side: 'PRO' | 'CON', confidence: number, name: string) => ({
    side: Side[side],
    confidence,
    name,
  });

  it('keeps the most confident of each side, in the order given', () => {
    const positions = [
      p('PRO', 0.5, 'a'),
      p('CON', 0.9, 'b'),
      p('PRO', 0.9, 'c'),
      p('CON', 0.6, 'd'),
      p('PRO', 0.7, 'e'),
      p('CON', 0.8, 'f'),
    ];
    expect(strongestPerSide(positions, 2).map((x) => x.name)).toEqual(['b', 'c', 'e', 'f']);
  });

  it('prefers the earlier of two equally confident positions, and keeps all under the cap', () => {
    const positions = [p('PRO', 0.6, 'a'), p('PRO', 0.6, 'b'), p('CON', 0.5, 'c')];
    expect(strongestPerSide(positions, 1).map((x) => x.name)).toEqual(['a', 'c']);
    expect(strongestPerSide(positions, 5)).toEqual(positions);
  });
});
