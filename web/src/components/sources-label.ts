const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

/** "First", "Second", … so each source row's fields have distinct labels. */
export const humanizeIndex = (i: number) => ORDINALS[i] ?? `Source ${i + 1}:`;
