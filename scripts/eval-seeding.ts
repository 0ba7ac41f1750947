import { join } from 'node:path';
import { evaluateCorpus } from '../src/articles/seeding/seeding-corpus';
import { rates, type SeedingCounts } from '../src/articles/seeding/seeding-eval';

/** Scores the seeding extractor on data/ (run from the repository root). */
function main(): void {
  const verbose = process.argv.includes('--verbose');
  const result = evaluateCorpus(join(process.cwd(), 'data'));
  const rows = result.articles.map((a) => row(a.file.replace(/\.txt$/u, ''), a.counts));
  const header = [
    'article',
    'gold',
    'found',
    'extracted',
    'precise',
    'side ok',
    'recall',
    'precision',
    'side acc',
  ];
  const total = row('TOTAL', result.totals);
  const table = [header, ...rows, total];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(total));

  console.log('\nMotion candidates (top three) beside the gold motion:');
  for (const a of result.articles) {
    console.log(`\n${a.file}\n  gold: ${a.goldMotion}`);
    a.topMotions.forEach((m, i) =>
      console.log(`  ${i + 1}. [${m.origin} ${m.score.toFixed(2)}] ${m.text}`),
    );
    for (const q of a.unlocated) console.log(`  ! gold quote not found in body: ${q.slice(0, 80)}`);
    if (verbose) {
      for (const p of a.extraction.positions) {
        const hit = a.gold.find((g) => Math.min(g.end, p.end) - Math.max(g.start, p.start) > 0);
        const mark = hit ? (hit.side === p.side ? 'OK ' : 'BAD') : '-- ';
        console.log(
          `    ${mark} ${p.side} ${p.confidence} [${p.holder ?? ''}] ${p.quote.slice(0, 110)}`,
        );
        console.log(`          ${p.evidence}`);
      }
      for (const g of a.gold) {
        const found = a.extraction.positions.some(
          (p) => Math.min(g.end, p.end) - Math.max(g.start, p.start) >= (g.end - g.start) / 2,
        );
        if (!found) console.log(`    MISSED ${g.side}: ${g.start}-${g.end}`);
      }
    }
  }
}

function row(name: string, c: SeedingCounts): string[] {
  const r = rates(c);
  return [
    name,
    String(c.gold),
    String(c.found),
    String(c.extracted),
    String(c.precise),
    String(c.sideCorrect),
    r.recall.toFixed(2),
    r.precision.toFixed(2),
    r.sideAccuracy.toFixed(2),
  ];
}

main();
