#!/usr/bin/env node
/**
 * Runs a compiled entry point (e.g. dist/src/cli.js) with the given arguments, building first
 * only when the build is missing or older than a source file: `npm run cli` and `npm run import`
 * then start in about a second instead of recompiling every time.
 *
 *   node scripts/run-built.js dist/src/cli.js [args...]
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const [target, ...args] = process.argv.slice(2);
const SOURCES = ['src', 'scripts', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** The newest modification time under a file or folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const built = join(root, target);
const sourcesChanged = () =>
  SOURCES.map((p) => join(root, p))
    .filter(existsSync)
    .some((p) => newest(p) > statSync(built).mtimeMs);
if (!existsSync(built) || sourcesChanged()) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [built, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
