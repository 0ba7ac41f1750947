/**
 * BRIDGING: the Community Notes matrix-factorisation model, fitted over one thread's votes.
 *
 *   vote(u, a) ≈ μ + i_u + i_a + f_u · f_a        (UP = 1, DOWN = 0, one-dimensional factors)
 *
 * minimising  Σ (r − r̂)² + λ_i (Σ i_u² + Σ i_a²) + λ_f (Σ f_u² + Σ f_a²)  (μ is not penalised).
 *
 * The factor product soaks up the part of an argument's support that is explained by which camp
 * its voters belong to; the argument intercept i_a is what is left: support shared across camps.
 * Arguments are ranked by i_a.
 *
 * Optimisation is alternating least squares (exact block-coordinate descent): with the user
 * parameters fixed, each argument's (i_a, f_a) is the solution of a 2×2 ridge system, and vice
 * versa; μ is the mean residual. Each step can only lower the loss, there is no learning rate to
 * tune, and one sweep costs O(votes). Sweeps stop when no parameter moves by more than
 * `tolerance`, or after `maxEpochs`.
 *
 * Determinism: votes are sorted into a canonical (argumentId, userId) order and ids are indexed in
 * sorted order before any arithmetic, so the same set of votes in any input order gives
 * bit-identical results. Initial user factors come from stances when given, otherwise from a
 * fixed hash of the user id (no Math.random).
 */

export interface BridgingVote {
  userId: string;
  argumentId: string;
  value: 1 | 0;
}

export interface BridgingOptions {
  /**
   * Optional stance per user on the motion: positive = AGREE, negative = DISAGREE, 0 = neutral.
   * Values are clamped to [−1, 1] and scaled by `initialFactorScale` to seed the user factor.
   */
  stances?: Map<string, number>;
  /** Arguments with fewer distinct voters than this get no intercept in the result. Default 5. */
  minVotes?: number;
  /** λ_i, L2 penalty on user and argument intercepts. Default 0.15. */
  lambdaIntercept?: number;
  /** λ_f, L2 penalty on user and argument factors. Default 0.03. */
  lambdaFactor?: number;
  /** Upper bound on ALS sweeps. Default 300. */
  maxEpochs?: number;
  /** Stop once the largest parameter change within a sweep is below this. Default 1e-7. */
  tolerance?: number;
  /** Magnitude of the initial user factors. Default 0.1. */
  initialFactorScale?: number;
  /** Seed mixed into the per-user pseudo-random initial factor. Default 0x5eed. */
  seed?: number;
}

export interface BridgingFit {
  /** Global intercept μ. */
  mu: number;
  /** i_a for every argument with at least `minVotes` distinct voters (others are omitted). */
  argumentIntercepts: Map<string, number>;
  /** f_a for the same arguments as `argumentIntercepts`. */
  argumentFactors: Map<string, number>;
  /** f_u for every user who voted. */
  userFactors: Map<string, number>;
  /** i_u for every user who voted. */
  userIntercepts: Map<string, number>;
  /** Distinct voters per argument (every argument that has a vote). */
  argumentVoteCounts: Map<string, number>;
  /** Regularised loss at the returned parameters. */
  loss: number;
  /** ALS sweeps performed. */
  epochs: number;
  /** Whether the sweeps stopped on `tolerance` rather than `maxEpochs`. */
  converged: boolean;
}

export const BRIDGING_DEFAULTS = {
  minVotes: 5,
  lambdaIntercept: 0.15,
  lambdaFactor: 0.03,
  maxEpochs: 300,
  tolerance: 1e-7,
  initialFactorScale: 0.1,
  seed: 0x5eed,
} as const;

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic value in [−1, 1) from a string: FNV-1a, then a murmur3-style finaliser. */
function hashUnit(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0x80000000 - 1;
}

/** Sorted distinct ids and an id → index map. */
function indexIds(ids: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(ids)].sort(compareStrings);
  const index = new Map<string, number>();
  list.forEach((id, i) => index.set(id, i));
  return { list, index };
}

/**
 * One side of the model (users or arguments) with its votes grouped by entity, CSR-style: the
 * votes of entity j are positions start[j] … start[j + 1] − 1 of `other` (the entity on the
 * other side) and `ratings`, in canonical order.
 */
interface Side {
  intercept: Float64Array;
  factor: Float64Array;
  start: Int32Array;
  other: Int32Array;
  ratings: Float64Array;
}

/**
 * Solves, for every entity j of `side`, the 2×2 ridge system
 *   min Σ (e − i_j − f_j·g)² + λ_i i_j² + λ_f f_j²
 * over its votes, where g is the other side's factor and e = r − μ − (other side's intercept),
 * and writes the solutions into `side`. Returns the largest parameter change.
 */
function solveSide(
  side: Side,
  otherIntercept: Float64Array,
  otherFactor: Float64Array,
  mu: number,
  lambdaI: number,
  lambdaF: number,
): number {
  const { intercept, factor, start, other, ratings } = side;
  let delta = 0;
  for (let j = 0; j < intercept.length; j++) {
    let sF = 0;
    let sFF = 0;
    let sE = 0;
    let sEF = 0;
    const end = start[j + 1];
    for (let k = start[j]; k < end; k++) {
      const o = other[k];
      const g = otherFactor[o];
      const e = ratings[k] - mu - otherIntercept[o];
      sF += g;
      sFF += g * g;
      sE += e;
      sEF += e * g;
    }
    const a11 = end - start[j] + lambdaI;
    const a22 = sFF + lambdaF;
    // det ≥ λ_i·λ_f > 0 by Cauchy–Schwarz (count·Σg² ≥ (Σg)²).
    const det = a11 * a22 - sF * sF;
    const i = (a22 * sE - sF * sEF) / det;
    const f = (a11 * sEF - sF * sE) / det;
    const change = Math.max(Math.abs(i - intercept[j]), Math.abs(f - factor[j]));
    if (change > delta) delta = change;
    intercept[j] = i;
    factor[j] = f;
  }
  return delta;
}

function sum(xs: Float64Array): number {
  let acc = 0;
  for (let j = 0; j < xs.length; j++) acc += xs[j];
  return acc;
}

function dot(xs: Float64Array, ys: Float64Array): number {
  let acc = 0;
  for (let j = 0; j < xs.length; j++) acc += xs[j] * ys[j];
  return acc;
}

/**
 * Fits the bridging model over one thread's votes. A user voting more than once on the same
 * argument (which the schema forbids) is counted once, with the mean of those values.
 */
export function fitBridgingModel(
  votes: readonly BridgingVote[],
  options: BridgingOptions = {},
): BridgingFit {
  const minVotes = options.minVotes ?? BRIDGING_DEFAULTS.minVotes;
  const lambdaI = options.lambdaIntercept ?? BRIDGING_DEFAULTS.lambdaIntercept;
  const lambdaF = options.lambdaFactor ?? BRIDGING_DEFAULTS.lambdaFactor;
  const maxEpochs = options.maxEpochs ?? BRIDGING_DEFAULTS.maxEpochs;
  const tolerance = options.tolerance ?? BRIDGING_DEFAULTS.tolerance;
  const scale = options.initialFactorScale ?? BRIDGING_DEFAULTS.initialFactorScale;
  const seed = options.seed ?? BRIDGING_DEFAULTS.seed;

  const users = indexIds(votes.map((v) => v.userId));
  const args = indexIds(votes.map((v) => v.argumentId));
  const nUsers = users.list.length;
  const nArgs = args.list.length;

  // Canonical order: by argument index, then user index (both follow sorted ids), as one
  // numeric key per vote: (a·nUsers + u)·2 + value, exact well below 2^53.
  const keys = new Float64Array(votes.length);
  votes.forEach((v, k) => {
    const a = args.index.get(v.argumentId)!;
    const u = users.index.get(v.userId)!;
    keys[k] = (a * nUsers + u) * 2 + (v.value === 1 ? 1 : 0);
  });
  keys.sort();

  // Argument-major votes. A repeated (user, argument) pair becomes one rating: the mean value.
  const byArg: { a: number[]; u: number[]; r: number[] } = { a: [], u: [], r: [] };
  for (let k = 0; k < keys.length;) {
    const pair = Math.floor(keys[k] / 2);
    let ups = 0;
    let count = 0;
    for (; k < keys.length && Math.floor(keys[k] / 2) === pair; k++, count++) ups += keys[k] % 2;
    byArg.a.push(Math.floor(pair / nUsers));
    byArg.u.push(pair % nUsers);
    byArg.r.push(ups / count);
  }
  const n = byArg.r.length;
  const argCount = new Int32Array(nArgs);
  const userCount = new Int32Array(nUsers);
  for (let k = 0; k < n; k++) {
    argCount[byArg.a[k]]++;
    userCount[byArg.u[k]]++;
  }
  const offsets = (count: Int32Array): Int32Array => {
    const start = new Int32Array(count.length + 1);
    for (let j = 0; j < count.length; j++) start[j + 1] = start[j] + count[j];
    return start;
  };

  // Parameters. Argument parameters start at 0; the first sweep solves them from the seeded
  // user factors (solving users first against f_a = 0 would pin every factor at 0 for good).
  const iU = new Float64Array(nUsers);
  const fU = new Float64Array(nUsers);
  const iA = new Float64Array(nArgs);
  const fA = new Float64Array(nArgs);
  for (let u = 0; u < nUsers; u++) {
    const stance = options.stances?.get(users.list[u]) ?? 0;
    fU[u] =
      stance !== 0 && Number.isFinite(stance)
        ? scale * Math.max(-1, Math.min(1, stance))
        : scale * hashUnit(users.list[u], seed);
  }

  const argSide: Side = {
    intercept: iA,
    factor: fA,
    start: offsets(argCount),
    other: Int32Array.from(byArg.u),
    ratings: Float64Array.from(byArg.r),
  };
  // User-major copy (a stable counting sort keeps each user's votes in argument order).
  const userSide: Side = {
    intercept: iU,
    factor: fU,
    start: offsets(userCount),
    other: new Int32Array(n),
    ratings: new Float64Array(n),
  };
  const next = userSide.start.slice(0, nUsers);
  for (let k = 0; k < n; k++) {
    const slot = next[byArg.u[k]]++;
    userSide.other[slot] = byArg.a[k];
    userSide.ratings[slot] = byArg.r[k];
  }

  let mu = n > 0 ? sum(argSide.ratings) / n : 0;

  /**
   * Moves along directions that leave every prediction unchanged and only trade one penalty
   * against another, to the exact minimum along each. ALS alone crawls along these (only the
   * small λ terms pull), so this cuts the sweeps needed by an order of magnitude:
   * - μ + c, i_a − c (and likewise for i_u): best at Σ i_a = 0;
   * - f_u · c, f_a / c: best at c⁴ = Σ f_a² / Σ f_u²;
   * - f_u + c, i_a − c·f_a (and the mirror image).
   * Returns the largest parameter change.
   */
  const rebalance = (): number => {
    let delta = 0;
    for (const intercept of [iA, iU]) {
      const c = sum(intercept) / intercept.length;
      for (let j = 0; j < intercept.length; j++) intercept[j] -= c;
      mu += c;
      delta = Math.max(delta, Math.abs(c));
    }
    const sUU = dot(fU, fU);
    const sAA = dot(fA, fA);
    if (sUU > 0 && sAA > 0) {
      const c = Math.sqrt(Math.sqrt(sAA / sUU));
      for (let j = 0; j < nUsers; j++) fU[j] *= c;
      for (let j = 0; j < nArgs; j++) fA[j] /= c;
      delta = Math.max(delta, Math.abs(c - 1) * Math.sqrt(Math.max(sUU, sAA)));
    }
    // Shift one side's factors by c and absorb c·f into the other side's intercepts.
    const shift = (f: Float64Array, g: Float64Array, i: Float64Array): void => {
      const c =
        (lambdaI * dot(i, g) - lambdaF * sum(f)) / (lambdaF * f.length + lambdaI * dot(g, g));
      if (!Number.isFinite(c)) return;
      for (let j = 0; j < f.length; j++) f[j] += c;
      for (let j = 0; j < g.length; j++) i[j] -= c * g[j];
      delta = Math.max(delta, Math.abs(c));
    };
    shift(fU, fA, iA);
    shift(fA, fU, iU);
    return delta;
  };

  let epochs = 0;
  let converged = n === 0;
  while (!converged && epochs < maxEpochs) {
    epochs++;
    let delta = solveSide(argSide, iU, fU, mu, lambdaI, lambdaF);
    delta = Math.max(delta, solveSide(userSide, iA, fA, mu, lambdaI, lambdaF));
    // Exact μ step without another pass over the votes: each user's normal equation gives
    // Σ(its residuals) = λ_i·i_u, so Σ(all residuals) = λ_i·Σ i_u.
    const step = (lambdaI * sum(iU)) / n;
    mu += step;
    delta = Math.max(delta, Math.abs(step), rebalance());
    converged = delta < tolerance;
  }

  let loss = 0;
  for (let a = 0; a < nArgs; a++) {
    for (let k = argSide.start[a]; k < argSide.start[a + 1]; k++) {
      const u = argSide.other[k];
      const e = argSide.ratings[k] - mu - iU[u] - iA[a] - fU[u] * fA[a];
      loss += e * e;
    }
  }
  loss += lambdaI * (dot(iU, iU) + dot(iA, iA)) + lambdaF * (dot(fU, fU) + dot(fA, fA));

  const argumentIntercepts = new Map<string, number>();
  const argumentFactors = new Map<string, number>();
  const argumentVoteCounts = new Map<string, number>();
  for (let a = 0; a < nArgs; a++) {
    argumentVoteCounts.set(args.list[a], argCount[a]);
    if (argCount[a] >= minVotes) {
      argumentIntercepts.set(args.list[a], iA[a]);
      argumentFactors.set(args.list[a], fA[a]);
    }
  }
  const userFactors = new Map<string, number>();
  const userIntercepts = new Map<string, number>();
  for (let u = 0; u < nUsers; u++) {
    userFactors.set(users.list[u], fU[u]);
    userIntercepts.set(users.list[u], iU[u]);
  }

  return {
    mu,
    argumentIntercepts,
    argumentFactors,
    userFactors,
    userIntercepts,
    argumentVoteCounts,
    loss,
    epochs,
    converged,
  };
}
