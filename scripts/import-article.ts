/**
 * Imports an article file into the configured database (embedded PGlite, or DATABASE_URL) and
 * prints the motion candidates and the claims the extractor finds in it.
 *
 *   npm run import -- <file> [--format text|markdown|html] [--motion "..."]
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ArticleFormat, type Article } from '../src/articles/article.entity';
import { ArticleSeedsService, type ArticleSeeds } from '../src/articles/article-seeds.service';
import { ArticlesService } from '../src/articles/articles.service';
import { AppError } from '../src/common/errors/app-errors';
import { BIDI_CONTROLS } from '../src/common/text/bidi-controls';
import { openTerminalContext } from '../src/app/terminal-context';
import { ArticlesModule } from '../src/articles/articles.module';
import { ModerationRulesModule } from '../src/moderation/rules/moderation-rules.module';
import { AuthModule } from '../src/auth/auth.module';
import { RateLimitModule } from '../src/common/rate-limit/rate-limit.module';
import { MOTION_MAX, MOTION_MIN } from '../src/threads/dto/create-thread.input';

const USAGE = 'Usage: npm run import -- <file> [--format text|markdown|html] [--motion "..."]';

const FORMATS: Record<string, ArticleFormat> = {
  text: ArticleFormat.TEXT,
  markdown: ArticleFormat.MARKDOWN,
  html: ArticleFormat.HTML,
};
const EXTENSIONS: Record<string, ArticleFormat> = {
  '.txt': ArticleFormat.TEXT,
  '.text': ArticleFormat.TEXT,
  '.md': ArticleFormat.MARKDOWN,
  '.markdown': ArticleFormat.MARKDOWN,
  '.html': ArticleFormat.HTML,
  '.htm': ArticleFormat.HTML,
};

/** A mistake on the command line: one line, exit 1. */
class UsageError extends Error {}

interface Arguments {
  file: string;
  format: ArticleFormat;
  motion?: string;
}

function readArguments(argv: string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' }, motion: { type: 'string' } },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('. ')[0]}. ${USAGE}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = positionals[0];
  let format: ArticleFormat | undefined;
  if (values.format !== undefined) {
    format = FORMATS[values.format.toLowerCase()];
    if (!format)
      throw new UsageError(`--format must be text, markdown or html, not "${values.format}"`);
  } else {
    format = EXTENSIONS[extname(file).toLowerCase()];
    if (!format) {
      throw new UsageError(
        `Cannot tell the format of ${file} from its extension: add --format text|markdown|html`,
      );
    }
  }
  const motion = values.motion?.trim().replace(/\s+/gu, ' ');
  if (motion !== undefined && (motion.length < MOTION_MIN || motion.length > MOTION_MAX)) {
    throw new UsageError(`--motion must be ${MOTION_MIN}–${MOTION_MAX} characters`);
  }
  return { file, format, motion };
}

function readArticle(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (e as Error).message;
    throw new UsageError(`Cannot read ${file}: ${why}`);
  }
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const args = readArguments(process.argv.slice(2));
  const text = readArticle(args.file);
  // The watched-word rules bind what threads ask of them (a motion's BLOCK words).
  const app = await openTerminalContext([
    RateLimitModule,
    AuthModule,
    ArticlesModule,
    ModerationRulesModule,
  ]);
  try {
    const articles = app.get(ArticlesService);
    let imported: { article: Article; created: boolean };
    try {
      imported = await articles.importArticleOnly(null, { text, format: args.format });
    } catch (e) {
      if (e instanceof AppError) throw new UsageError(`${args.file}: ${e.message}`);
      throw e;
    }
    const seeds = await app.get(ArticleSeedsService).extract(imported.article, args.motion);
    const width = Math.max(60, Math.min(process.stdout.columns || 100, 120));
    process.stdout.write(report(imported.article, imported.created, seeds, width));
  } finally {
    await app.close();
  }
}

function report(article: Article, created: boolean, seeds: ArticleSeeds, width: number): string {
  const out: string[] = [];
  const line = (text: string, indent = 0, hanging = indent) =>
    out.push(...wrap(visible(text), width, indent, hanging));
  const where = `article ${article.id}`;
  line(
    created
      ? `Imported "${article.title}" as ${where} (${article.format}, ${article.paragraphs.length} paragraphs, ${article.sections.length} sections).`
      : `Already imported as ${where}: "${article.title}" (same content or source URL); nothing was stored.`,
  );

  out.push('', `Motion candidates, best first (${extractorName(seeds)}):`);
  if (seeds.motionCandidates.length === 0) line('none found', 2);
  seeds.motionCandidates.forEach((c, i) => {
    const n = `${i + 1}. `;
    line(`${n}${c.text}`, 2, 2 + n.length);
    line(`${c.origin.toLowerCase()}, score ${c.score.toFixed(2)}`, 2 + n.length);
    for (const s of c.sources) line(`from [${s.start}, ${s.end}): ${s.text}`, 2 + n.length);
    if (c.origin === 'HEADLINE') line('from the headline', 2 + n.length);
  });

  out.push('', 'Claims, with sides relative to:');
  line(seeds.motion, 2);
  if (seeds.positions.length === 0) line('none found', 2);
  for (const p of seeds.positions) {
    out.push('');
    const holder = p.holder ? `held by ${p.holder}` : 'holder unknown';
    line(`${p.side}  confidence ${p.confidence.toFixed(2)}  ${holder}  [${p.start}, ${p.end})`, 2);
    line(p.quote, 7);
    line(`why: ${p.evidence}`, 7, 12);
  }
  return `${out.join('\n')}\n`;
}

function extractorName(seeds: ArticleSeeds): string {
  return seeds.extractor === 'LLM' ? 'from the language model' : 'built-in extractor';
}

/**
 * Control characters (ESC and the rest of C0 and C1, DEL) and bidirectional overrides and
 * isolates, written as `\u{1b}`: an article's text is the page author's, and printed raw they
 * would drive the reader's terminal (colours, title, cursor) or reorder what is shown.
 */
const INVISIBLE = new RegExp(`(?![\\t\\n])[\\p{Cc}${BIDI_CONTROLS}]`, 'gu');
const visible = (text: string) =>
  text.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);

/** Wraps at spaces; a word longer than the line stays whole. */
function wrap(text: string, width: number, indent: number, hanging: number): string[] {
  const lines: string[] = [];
  let current = ' '.repeat(indent);
  let empty = true;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = ' '.repeat(hanging);
      empty = true;
    }
    current += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(current);
  return lines;
}

main().catch((e: Error) => {
  console.error(e instanceof UsageError ? e.message : `Import failed: ${e.message}`);
  process.exit(1);
});
