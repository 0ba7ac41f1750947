export type ArgumentSide = 'PRO' | 'CON';

export interface BalanceArgument {
  id: string;
  /** null for a top-level argument on the motion itself. */
  parentId: string | null;
  /** PRO supports its parent (or the motion), CON opposes it. */
  side: ArgumentSide;
  up: number;
  down: number;
}

export interface ThreadBalance {
  /** Sum of the weights of the top-level PRO arguments. */
  proWeight: number;
  /** Sum of the weights of the top-level CON arguments. */
  conWeight: number;
  /** Weight of every argument (see `computeBalance`). */
  weights: Map<string, number>;
}

/** An argument's own vote support: max(0, up − down) + 1. */
export function ownSupport(up: number, down: number): number {
  return Math.max(0, up - down) + 1;
}

/**
 * Rolls the argument tree up into a PRO and a CON weight for the motion (as Arguman did).
 *
 *   support(a) = max(0, up − down) + 1
 *   weight(a)  = max(0, support(a) + Σ weight(PRO children) − Σ weight(CON children))
 *   proWeight  = Σ weight(a) over top-level PRO arguments
 *   conWeight  = Σ weight(a) over top-level CON arguments
 *
 * The +1 makes an unvoted (or net-downvoted) argument still count 1: having been made at all is
 * some support. The clamp at 0 means an argument whose rebuttals outweigh it simply stops
 * counting; it never turns into support for the other side of its parent.
 *
 * The caller passes only the arguments that count (visible ones). An argument whose parent is
 * not in the list still gets a weight, but contributes to nothing: a hidden argument takes its
 * subtree out of the balance. Arguments on a parent cycle (malformed input) get no weight.
 *
 * Iterative (children before parents, via a ready queue), so tree depth is unbounded.
 */
export function computeBalance(args: readonly BalanceArgument[]): ThreadBalance {
  const byId = new Map<string, number>();
  args.forEach((arg, i) => {
    if (byId.has(arg.id)) throw new Error(`computeBalance: duplicate argument id ${arg.id}`);
    byId.set(arg.id, i);
  });

  const parentOf = new Int32Array(args.length).fill(-1);
  const pendingChildren = new Int32Array(args.length);
  args.forEach((arg, i) => {
    const parent = arg.parentId === null ? undefined : byId.get(arg.parentId);
    if (parent !== undefined) {
      parentOf[i] = parent;
      pendingChildren[parent]++;
    }
  });

  // Start from each argument's own support; children add or subtract once they are final.
  const weight = new Float64Array(args.length);
  const ready: number[] = [];
  args.forEach((arg, i) => {
    weight[i] = ownSupport(arg.up, arg.down);
    if (pendingChildren[i] === 0) ready.push(i);
  });

  const weights = new Map<string, number>();
  let proWeight = 0;
  let conWeight = 0;
  while (ready.length > 0) {
    const i = ready.pop()!;
    const w = Math.max(0, weight[i]);
    weight[i] = w;
    const arg = args[i];
    weights.set(arg.id, w);
    const parent = parentOf[i];
    if (parent >= 0) {
      weight[parent] += arg.side === 'PRO' ? w : -w;
      if (--pendingChildren[parent] === 0) ready.push(parent);
    } else if (arg.parentId === null) {
      if (arg.side === 'PRO') proWeight += w;
      else conWeight += w;
    }
  }

  return { proWeight, conWeight, weights };
}
