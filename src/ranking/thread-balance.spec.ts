import { BalanceArgument, computeBalance, ownSupport } from './thread-balance';

const arg = (
  id: string,
  parentId: string | null,
  side: 'PRO' | 'CON',
  up = 0,
  down = 0,
): BalanceArgument => ({ id, parentId, side, up, down });

describe('ownSupport', () => {
  it('is max(0, up − down) + 1', () => {
    expect(ownSupport(0, 0)).toBe(1);
    expect(ownSupport(5, 2)).toBe(4);
    expect(ownSupport(2, 5)).toBe(1);
  });
});

describe('computeBalance', () => {
  it('is zero for an empty thread', () => {
    expect(computeBalance([])).toEqual({ proWeight: 0, conWeight: 0, weights: new Map() });
  });

  it('rolls a small tree up by hand', () => {
    //  P1 PRO  (5 up, 1 down → 5)
    //    P1a PRO (2 up → 3)
    //    P1b CON (0 votes → 1)
    //      P1b-i CON (3 up, 0 down → 4)   → P1b = max(0, 1 − 4) = 0
    //    P1c CON (1 up, 0 down → 2)
    //  → P1 = 5 + 3 − 0 − 2 = 6
    //  P2 PRO (0 up, 4 down → 1)
    //    P2a CON (6 up, 1 down → 6)        → P2 = max(0, 1 − 6) = 0
    //  C1 CON (3 up, 0 down → 4)
    //    C1a PRO (1 up, 1 down → 1)        → C1 = 5
    const balance = computeBalance([
      arg('P1', null, 'PRO', 5, 1),
      arg('P1a', 'P1', 'PRO', 2),
      arg('P1b', 'P1', 'CON'),
      arg('P1b-i', 'P1b', 'CON', 3),
      arg('P1c', 'P1', 'CON', 1),
      arg('P2', null, 'PRO', 0, 4),
      arg('P2a', 'P2', 'CON', 6, 1),
      arg('C1', null, 'CON', 3),
      arg('C1a', 'C1', 'PRO', 1, 1),
    ]);
    expect(Object.fromEntries(balance.weights)).toEqual({
      P1: 6,
      P1a: 3,
      P1b: 0,
      'P1b-i': 4,
      P1c: 2,
      P2: 0,
      P2a: 6,
      C1: 5,
      C1a: 1,
    });
    expect(balance.proWeight).toBe(6);
    expect(balance.conWeight).toBe(5);
  });

  it('does not let a refuted argument count against its parent’s other side', () => {
    // A CON rebuttal that is itself overwhelmed weighs 0, not a negative (= supporting) amount.
    const balance = computeBalance([
      arg('P', null, 'PRO'),
      arg('weakCon', 'P', 'CON'),
      arg('bigCon', 'weakCon', 'CON', 10),
    ]);
    expect(balance.weights.get('weakCon')).toBe(0);
    expect(balance.proWeight).toBe(1);
  });

  it('does not depend on input order', () => {
    const args = [
      arg('root', null, 'CON', 2),
      arg('child', 'root', 'PRO', 1),
      arg('grandchild', 'child', 'CON', 0),
    ];
    const forward = computeBalance(args);
    const backward = computeBalance([...args].reverse());
    expect(backward).toEqual(forward);
    expect(forward.conWeight).toBe(3 + 2 - 1);
  });

  it('counts an argument whose parent is missing (hidden) towards nothing', () => {
    const balance = computeBalance([arg('P', null, 'PRO', 1), arg('orphan', 'hidden', 'PRO', 9)]);
    expect(balance.weights.get('orphan')).toBe(10);
    expect(balance.proWeight).toBe(2);
    expect(balance.conWeight).toBe(0);
  });

  it('handles a chain 10,000 deep without recursion', () => {
    // Alternating PRO/CON chain under one PRO root, every argument unvoted (support 1):
    // the deepest weighs 1; a CON of weight 1 zeroes its parent; a PRO of weight 0 adds nothing.
    const depth = 10_000;
    const args = [arg('n0', null, 'PRO')];
    for (let i = 1; i < depth; i++) {
      args.push(arg(`n${i}`, `n${i - 1}`, i % 2 === 0 ? 'PRO' : 'CON'));
    }
    const balance = computeBalance(args);
    expect(balance.weights.size).toBe(depth);
    expect(balance.weights.get(`n${depth - 1}`)).toBe(1);

    const pros = Array.from({ length: depth }, (_, i) =>
      arg(`p${i}`, i === 0 ? null : `p${i - 1}`, 'PRO', 1),
    );
    expect(computeBalance(pros).proWeight).toBe(2 * depth);
  });

  it('leaves arguments on a parent cycle out rather than looping', () => {
    const balance = computeBalance([
      arg('root', null, 'PRO'),
      arg('x', 'y', 'PRO'),
      arg('y', 'x', 'CON'),
      arg('leaf', 'x', 'PRO'),
    ]);
    expect(balance.proWeight).toBe(1);
    expect(balance.weights.has('x')).toBe(false);
    expect(balance.weights.get('leaf')).toBe(1);
  });

  it('rejects duplicate ids', () => {
    expect(() => computeBalance([arg('a', null, 'PRO'), arg('a', null, 'CON')])).toThrow(
      /duplicate/,
    );
  });
});
