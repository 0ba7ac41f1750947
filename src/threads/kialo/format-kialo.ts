import { KialoDocument, pathText } from './kialo-document';

const comparePaths = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
};

/** Writes Kialo's plain-text export, claims in depth-first path order. */
export function formatKialo(doc: KialoDocument): string {
  const lines = [`Discussion Title: ${doc.title}`, '', `1. ${doc.thesis}`];
  for (const claim of [...doc.claims].sort((a, b) => comparePaths(a.path, b.path))) {
    const side = claim.side === 'PRO' ? 'Pro' : 'Con';
    const text = 'linkTo' in claim ? `-> See ${pathText(claim.linkTo)}` : claim.text;
    lines.push(`${pathText(claim.path)} ${side}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
