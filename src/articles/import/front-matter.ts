/**
 * The YAML front matter a Markdown article exported from a blog or a static site opens with:
 *
 *   ---
 *   title: "Should our city scrap parking minimums?"
 *   author: Dana Whitfield
 *   date: 2026-04-02
 *   ---
 *
 * Without this, marked reads the block as a rule and a heading, and its keys as article text.
 * Only the plain `key: value` lines are read (title, author or authors, date); nothing in it is
 * evaluated, and the block is left out of the body whatever else it holds.
 */
export interface FrontMatter {
  title: string | null;
  author: string | null;
  date: Date | null;
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
const LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/u;

/** The front matter's fields and the Markdown after it; none and the source when it has none. */
export function splitFrontMatter(source: string): { meta: FrontMatter; body: string } {
  const none = { meta: { title: null, author: null, date: null }, body: source };
  const block = BLOCK.exec(source);
  if (!block) return none;
  const fields = new Map<string, string>();
  for (const line of block[1].split(/\r?\n/u)) {
    const m = LINE.exec(line);
    if (m && !fields.has(m[1].toLowerCase())) fields.set(m[1].toLowerCase(), scalar(m[2]));
  }
  // A block of no `key: value` lines is not front matter but an opening rule.
  if (fields.size === 0) return none;
  const date = fields.get('date') ? new Date(fields.get('date')!) : null;
  return {
    meta: {
      title: fields.get('title') || null,
      author: fields.get('author') || listed(fields.get('authors')) || null,
      date: date && !Number.isNaN(date.getTime()) ? date : null,
    },
    body: source.slice(block[0].length),
  };
}

/** A YAML scalar as written on one line: quotes taken off, a trailing comment dropped. */
function scalar(raw: string): string {
  const value = raw.trim();
  const quoted = /^(["'])(.*)\1$/u.exec(value);
  if (quoted) return quoted[2].trim();
  return value.replace(/\s+#.*$/u, '').trim();
}

/** `[Ana Pérez, Tom Roe]` as "Ana Pérez and Tom Roe". */
function listed(raw: string | undefined): string | null {
  const list = /^\[(.*)\]$/u.exec(raw ?? '');
  if (!list) return raw || null;
  const names = list[1]
    .split(',')
    .map((n) => scalar(n))
    .filter((n) => n !== '');
  if (names.length === 0) return null;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
