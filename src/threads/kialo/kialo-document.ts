/** Kialo's plain-text export: a title, a thesis (`1.`) and claims addressed by dotted paths. */
export interface KialoDocument {
  title: string;
  thesis: string;
  claims: KialoClaim[];
}

export type KialoSide = 'PRO' | 'CON';

/** A claim, or a link (`-> See 1.4.2.`) to another claim. Paths start at the thesis: [1, 2, 3]. */
export type KialoClaim =
  | { path: number[]; side: KialoSide; text: string }
  | { path: number[]; side: KialoSide; linkTo: number[] };

export class KialoFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
  }
}

export const pathText = (path: number[]) => `${path.join('.')}.`;
