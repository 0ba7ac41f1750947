/** Kialo's plain-text export: a title, a thesis (`1.`) and claims addressed by dotted paths. */
export interface KialoDocument {
  title: string;
  thesis: string;
  claims: KialoClaim[];
}

export type KialoSide = 'PRO' | 'CON';

/**
 * A claim, or a link (`-> See 1.4.2.`) to another claim. Paths start at the thesis: `[1, 2, 3]`
 * is the third child of the second child of the thesis. The side is relative to the parent.
 */
export type KialoClaim =
  | { path: number[]; side: KialoSide; text: string }
  | { path: number[]; side: KialoSide; linkTo: number[] };

/** A problem in an import, with the 1-based line it was found on. */
export class KialoFormatError extends Error {
  override readonly name = 'KialoFormatError';

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
  }
}

/** `[1, 4, 2]` → `1.4.2.` */
export const pathText = (path: readonly number[]) => `${path.join('.')}.`;

/** Depth-first document order: a parent before its children, siblings by number. */
export function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * A text line that would be read as the start of a claim, or as a malformed one: two or more
 * path numbers ending with a dot (`1.2. `), or any path followed by `Pro:`/`Con:`. A single
 * number (`1. first`, a Markdown list item) or a decimal (`1.5 million`) is ordinary text.
 */
export const CLAIM_LIKE = /^(?:\d+(?:\.\d+)+\.\s|\d+(?:\.\d+)*\.?\s*(?:pro|con)\s*:)/i;
