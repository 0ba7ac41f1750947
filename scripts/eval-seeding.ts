import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../src/config/app-config';
import { extractSeedsWithFallback } from '../src/articles/seeding/llm-seed-extractor';
import {
  evaluateCorpus,
  evaluateCorpusWith,
  isDevelopmentArticle,
  totalled,
  type ArticleResult,
  type CorpusResult,
} from '../src/articles/seeding/seeding-corpus';
import { rates, type SeedingCounts } from '../src/articles/seeding/seeding-eval';
import { acceptableInTopThree } from '../src/articles/seeding/motion-acceptance';
import { evaluateFixtures } from '../src/articles/seeding/fixture-evaluation';
import { UNSEEN_ARTICLES } from '../src/articles/seeding/fixtures/unseen-articles';
import { OTHER_SHAPE_ARTICLES } from '../src/articles/seeding/fixtures/other-shape-articles';
import { NEW_SHAPE_ARTICLES } from '../src/articles/seeding/fixtures/new-shape-articles';
import { MORE_SHAPE_ARTICLES } from '../src/articles/seeding/fixtures/more-shape-articles';
import { TRIAL_SHAPE_ARTICLES } from '../src/articles/seeding/fixtures/trial-shape-articles';
import { OUTSIDE_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/outside-trial-articles';
import { ROUND6_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round6-trial-articles';
import { ROUND7A_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round7a-trial-articles';
import { ROUND7B_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round7b-trial-articles';
import { ROUND8_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round8-trial-articles';
import { ROUND9_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round9-trial-articles';
import { ROUND10_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round10-trial-articles';
import { ROUND11_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round11-trial-articles';
import { ROUND12_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round12-trial-articles';
import { ROUND13A_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round13a-trial-articles';
import { ROUND14A_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round14a-trial-articles';
import { ROUND13B_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round13b-trial-articles';
import { ROUND14B_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round14b-trial-articles';
import { ROUND15A_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round15a-trial-articles';
import { ROUND15B_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round15b-trial-articles';
import { ROUND16A_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round16a-trial-articles';
import { ROUND16B_TRIAL_ARTICLES } from '../src/articles/seeding/fixtures/round16b-trial-articles';
import type { UnseenArticle } from '../src/articles/seeding/fixtures/unseen-articles';
import { motionDrafts } from '../src/articles/seeding/motion-candidates';
import { motionProblems } from '../src/articles/seeding/motion-grammar';
import { acceptableMotion } from '../src/articles/seeding/motion-acceptance';
import { extractSeeds } from '../src/articles/seeding/seed-extractor';
import { loadCorpus } from '../src/articles/seeding/seeding-corpus';
import { parseArticle } from '../src/articles/import/parse-article';
import type { ParsedArticle } from '../src/articles/import/parsed-article';
import { projectFile } from '../src/config/project-file';

/**
 * Scores the seeding extractor on data/ (run from the repository root): per article, the total,
 * and apart the articles the rules were not written on (11 onwards). `--model` also scores the
 * configured model extractor (SEEDING_LLM_*) beside the built-in one; `--verbose` lists claims.
 * `--motions` only lists the top three motion candidates of every corpus article and made-up
 * fixture (no claims are scored); with `--drafts` also every rejected draft and why.
 */
async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const dataDir = projectFile('data');
  if (process.argv.includes('--motions')) {
    listMotions(dataDir, process.argv.includes('--drafts'));
    return;
  }
  const builtIn = evaluateCorpus(dataDir);
  printTable('Built-in extractor', builtIn);
  printMotions(builtIn, verbose);
  printFixtures('Made-up fixture articles (fixtures/unseen-articles.ts)', UNSEEN_ARTICLES);
  printFixtures(
    'Made-up articles of other shapes (fixtures/other-shape-articles.ts)',
    OTHER_SHAPE_ARTICLES,
  );
  printFixtures(
    'Made-up articles of new shapes (fixtures/new-shape-articles.ts)',
    NEW_SHAPE_ARTICLES,
  );
  printFixtures(
    'Made-up articles of more shapes (fixtures/more-shape-articles.ts)',
    MORE_SHAPE_ARTICLES,
  );
  printFixtures(
    'Made-up articles of trial shapes (fixtures/trial-shape-articles.ts)',
    TRIAL_SHAPE_ARTICLES,
  );
  printFixtures(
    'Made-up articles of the round 5 trial (fixtures/outside-trial-articles.ts)',
    OUTSIDE_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles of the round 6 trial (fixtures/round6-trial-articles.ts)',
    ROUND6_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles of the round 7 trial, part A (fixtures/round7a-trial-articles.ts)',
    ROUND7A_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles of the round 7 trial, part B (fixtures/round7b-trial-articles.ts)',
    ROUND7B_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles of the round 8 trial (fixtures/round8-trial-articles.ts)',
    ROUND8_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles of the round 9 trial (fixtures/round9-trial-articles.ts)',
    ROUND9_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles of the round 10 trial (fixtures/round10-trial-articles.ts)',
    ROUND10_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles of the round 11 trial (fixtures/round11-trial-articles.ts)',
    ROUND11_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up and ordinary articles of the round 12 trial (fixtures/round12-trial-articles.ts)',
    ROUND12_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles on international politics and law of the round 13A trial (fixtures/round13a-trial-articles.ts)',
    ROUND13A_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up reports of the round 13B trial (fixtures/round13b-trial-articles.ts)',
    ROUND13B_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up articles on domestic politics, courts and labour of the round 14A trial (fixtures/round14a-trial-articles.ts)',
    ROUND14A_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up local reports of the round 14B trial (fixtures/round14b-trial-articles.ts)',
    ROUND14B_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up wire and broadcaster reports on health regulation and privacy of the round 15A trial (fixtures/round15a-trial-articles.ts)',
    ROUND15A_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up reports on trade, farming and sport of the round 15B trial (fixtures/round15b-trial-articles.ts)',
    ROUND15B_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up US local TV-station and newspaper reports of the round 16A trial (fixtures/round16a-trial-articles.ts)',
    ROUND16A_TRIAL_ARTICLES,
  );
  printFixtures(
    'Made-up national and international wire stories of the round 16B trial (fixtures/round16b-trial-articles.ts)',
    ROUND16B_TRIAL_ARTICLES,
  );
  printMotionAcceptance(builtIn);

  if (process.argv.includes('--model')) {
    loadDotenv({ quiet: true });
    const options = loadConfig(process.env).seedingLlm;
    if (!options.url) {
      console.log(
        '\n--model: no SEEDING_LLM_URL configured; only the built-in extractor was scored.',
      );
      return;
    }
    let fellBack = 0;
    const model = await evaluateCorpusWith(dataDir, async (article, motion) => {
      const result = await extractSeedsWithFallback(article, motion, options);
      if (result.extractor !== 'LLM') fellBack++;
      return result;
    });
    console.log(`\nModel extractor: ${options.model ?? '(server default)'} at ${options.url}`);
    if (fellBack > 0) console.log(`(${fellBack} article(s) fell back to the built-in extractor)`);
    printTable('Model extractor', model);
    printMotions(model, false);
  }
}

function printTable(name: string, result: CorpusResult): void {
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
  const rows = result.articles.map((a) => row(a.file.replace(/\.txt$/u, ''), a.counts));
  const part = (pick: (a: ArticleResult) => boolean) =>
    totalled(result.articles.filter(pick)).totals;
  const totals = [
    row('TOTAL', result.totals),
    row(
      '  01-10 + seed',
      part((a) => isDevelopmentArticle(a.file)),
    ),
    row(
      '  11-15 (unseen)',
      part((a) => !isDevelopmentArticle(a.file)),
    ),
  ];
  const table = [header, ...rows, ...totals];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  console.log(`${name}\n`);
  console.log(line(header));
  console.log(rule);
  rows.forEach((r) => console.log(line(r)));
  console.log(rule);
  totals.forEach((r) => console.log(line(r)));
}

function printMotions(result: CorpusResult, verbose: boolean): void {
  console.log('\nMotion candidates (top three) beside the gold motion:');
  for (const a of result.articles) {
    console.log(`\n${a.file}\n  gold: ${a.goldMotion}`);
    a.topMotions.forEach((m, i) =>
      console.log(`  ${i + 1}. [${m.origin} ${m.score.toFixed(2)}] ${m.text}`),
    );
    for (const q of a.unlocated) console.log(`  ! gold quote not found in body: ${q.slice(0, 80)}`);
    if (verbose) printClaims(a);
  }
}

function printClaims(a: ArticleResult): void {
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

/** The made-up fixture articles: a check that the rules carry over to articles of other shapes. */
function printFixtures(title: string, articles: UnseenArticle[]): void {
  console.log(`\n${title}, built-in extractor:`);
  const results = evaluateFixtures(articles);
  for (const r of results) {
    console.log(
      `\n${r.article.name} (${r.article.shape}): found ${r.found}/${r.expected}, ` +
        `side ok ${r.sideCorrect}, extracted ${r.extracted}, plain reporting taken ${r.wrongful}` +
        `\n  motion: ${r.article.motion}`,
    );
    r.topMotions.forEach((m, i) =>
      console.log(`  ${i + 1}. [${m.origin} ${m.score.toFixed(2)}] ${m.text}`),
    );
  }
  const sum = (pick: (r: (typeof results)[number]) => number) =>
    results.reduce((n, r) => n + pick(r), 0);
  const expected = sum((r) => r.expected);
  const found = sum((r) => r.found);
  console.log(
    `\n${setName(articles)}: found ${found}/${expected} (${(found / expected).toFixed(2)}), ` +
      `side ok ${sum((r) => r.sideCorrect)}/${found} (${(sum((r) => r.sideCorrect) / Math.max(1, found)).toFixed(2)}), ` +
      `plain reporting taken ${sum((r) => r.wrongful)} of ${sum((r) => r.extracted)} extracted`,
  );
}

function setName(articles: UnseenArticle[]): string {
  if (articles === UNSEEN_ARTICLES) return 'fixtures';
  if (articles === OTHER_SHAPE_ARTICLES) return 'other shapes';
  if (articles === NEW_SHAPE_ARTICLES) return 'new shapes';
  if (articles === MORE_SHAPE_ARTICLES) return 'more shapes';
  if (articles === TRIAL_SHAPE_ARTICLES) return 'trial shapes';
  if (articles === OUTSIDE_TRIAL_ARTICLES) return 'round 5 trial';
  if (articles === ROUND6_TRIAL_ARTICLES) return 'round 6 trial';
  if (articles === ROUND7A_TRIAL_ARTICLES) return 'round 7A trial';
  if (articles === ROUND7B_TRIAL_ARTICLES) return 'round 7B trial';
  if (articles === ROUND8_TRIAL_ARTICLES) return 'round 8 trial';
  if (articles === ROUND9_TRIAL_ARTICLES) return 'round 9 trial';
  if (articles === ROUND10_TRIAL_ARTICLES) return 'round 10 trial';
  if (articles === ROUND11_TRIAL_ARTICLES) return 'round 11 trial';
  if (articles === ROUND12_TRIAL_ARTICLES) return 'round 12 trial';
  if (articles === ROUND13A_TRIAL_ARTICLES) return 'round 13A trial';
  if (articles === ROUND13B_TRIAL_ARTICLES) return 'round 13B trial';
  if (articles === ROUND14A_TRIAL_ARTICLES) return 'round 14A trial';
  if (articles === ROUND14B_TRIAL_ARTICLES) return 'round 14B trial';
  if (articles === ROUND15A_TRIAL_ARTICLES) return 'round 15A trial';
  if (articles === ROUND15B_TRIAL_ARTICLES) return 'round 15B trial';
  return articles === ROUND16A_TRIAL_ARTICLES ? 'round 16A trial' : 'round 16B trial';
}

/**
 * How many articles have an acceptable motion among their top three candidates: well-formed,
 * at most 25 words, and about the annotated motion's matter (see motion-acceptance.ts).
 */
function printMotionAcceptance(result: CorpusResult): void {
  const count = (articles: ArticleResult[]) =>
    `${articles.filter((a) => acceptableInTopThree(a.topMotions, a.goldMotion)).length} of ${articles.length}`;
  const fixtures = (articles: UnseenArticle[]) => {
    const results = evaluateFixtures(articles);
    const ok = results.filter((f) => acceptableInTopThree(f.topMotions, f.article.motion));
    return `${ok.length} of ${results.length}`;
  };
  console.log('\nAcceptable motion in the top three:');
  console.log(
    `  01-10 + seed      ${count(result.articles.filter((a) => isDevelopmentArticle(a.file)))}`,
  );
  console.log(
    `  11-15 (unseen)    ${count(result.articles.filter((a) => !isDevelopmentArticle(a.file)))}`,
  );
  console.log(`  made-up fixtures  ${fixtures(UNSEEN_ARTICLES)}`);
  console.log(`  other shapes      ${fixtures(OTHER_SHAPE_ARTICLES)}`);
  console.log(`  new shapes        ${fixtures(NEW_SHAPE_ARTICLES)}`);
  console.log(`  more shapes       ${fixtures(MORE_SHAPE_ARTICLES)}`);
  console.log(`  trial shapes      ${fixtures(TRIAL_SHAPE_ARTICLES)}`);
  console.log(`  round 5 trial     ${fixtures(OUTSIDE_TRIAL_ARTICLES)}`);
  console.log(`  round 6 trial     ${fixtures(ROUND6_TRIAL_ARTICLES)}`);
  console.log(`  round 7A trial    ${fixtures(ROUND7A_TRIAL_ARTICLES)}`);
  console.log(`  round 7B trial    ${fixtures(ROUND7B_TRIAL_ARTICLES)}`);
  console.log(`  round 8 trial     ${fixtures(ROUND8_TRIAL_ARTICLES)}`);
  console.log(`  round 9 trial     ${fixtures(ROUND9_TRIAL_ARTICLES)}`);
  console.log(`  round 10 trial    ${fixtures(ROUND10_TRIAL_ARTICLES)}`);
  console.log(`  round 11 trial    ${fixtures(ROUND11_TRIAL_ARTICLES)}`);
  console.log(`  round 12 trial    ${fixtures(ROUND12_TRIAL_ARTICLES)}`);
  console.log(`  round 13A trial   ${fixtures(ROUND13A_TRIAL_ARTICLES)}`);
  console.log(`  round 13B trial   ${fixtures(ROUND13B_TRIAL_ARTICLES)}`);
  console.log(`  round 14A trial   ${fixtures(ROUND14A_TRIAL_ARTICLES)}`);
  console.log(`  round 14B trial   ${fixtures(ROUND14B_TRIAL_ARTICLES)}`);
  console.log(`  round 15A trial   ${fixtures(ROUND15A_TRIAL_ARTICLES)}`);
  console.log(`  round 15B trial   ${fixtures(ROUND15B_TRIAL_ARTICLES)}`);
  console.log(`  round 16A trial   ${fixtures(ROUND16A_TRIAL_ARTICLES)}`);
  console.log(`  round 16B trial   ${fixtures(ROUND16B_TRIAL_ARTICLES)}`);
}

/**
 * The top three motion candidates of every corpus article and made-up fixture, each marked "ok"
 * when it is acceptable against the annotated motion (motion-acceptance.ts).
 */
function listMotions(dataDir: string, drafts: boolean): void {
  const articles: Array<{ name: string; motion: string; article: ParsedArticle }> = [
    ...loadCorpus(dataDir).map(({ gold, text }) => ({
      name: gold.file.replace(/\.txt$/u, ''),
      motion: gold.motion,
      article: parseArticle({ text, format: 'TEXT' }),
    })),
    ...[
      ...UNSEEN_ARTICLES,
      ...OTHER_SHAPE_ARTICLES,
      ...NEW_SHAPE_ARTICLES,
      ...MORE_SHAPE_ARTICLES,
      ...TRIAL_SHAPE_ARTICLES,
      ...OUTSIDE_TRIAL_ARTICLES,
      ...ROUND6_TRIAL_ARTICLES,
      ...ROUND7A_TRIAL_ARTICLES,
      ...ROUND7B_TRIAL_ARTICLES,
      ...ROUND8_TRIAL_ARTICLES,
      ...ROUND9_TRIAL_ARTICLES,
      ...ROUND10_TRIAL_ARTICLES,
      ...ROUND11_TRIAL_ARTICLES,
      ...ROUND12_TRIAL_ARTICLES,
      ...ROUND13A_TRIAL_ARTICLES,
      ...ROUND13B_TRIAL_ARTICLES,
      ...ROUND14A_TRIAL_ARTICLES,
      ...ROUND14B_TRIAL_ARTICLES,
      ...ROUND15A_TRIAL_ARTICLES,
      ...ROUND15B_TRIAL_ARTICLES,
      ...ROUND16A_TRIAL_ARTICLES,
      ...ROUND16B_TRIAL_ARTICLES,
    ].map((a) => ({
      name: `fixture ${a.name}`,
      motion: a.motion,
      article: parseArticle({ text: a.text, format: a.format }),
    })),
  ];
  for (const { name, motion, article } of articles) {
    console.log(`\n${name}\n  gold: ${motion}`);
    extractSeeds(article)
      .motionCandidates.slice(0, 3)
      .forEach((m, i) => {
        const ok = acceptableMotion(m.text, motion) ? 'ok' : '--';
        console.log(`  ${i + 1}. ${ok} [${m.origin} ${m.score.toFixed(2)}] ${m.text}`);
      });
    if (!drafts) continue;
    for (const d of motionDrafts(article)) {
      const problems = motionProblems(d.text);
      if (problems.length > 0)
        console.log(`     x [${d.origin}] ${d.text}  (${problems.join('; ')})`);
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

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
