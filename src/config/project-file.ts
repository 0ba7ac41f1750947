import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's folder: the nearest one above this file that holds package.json (this file is
 * under src/ when run by ts-jest and under dist/src/ when built). Files shipped with the code are
 * found from here, so the server and the scripts work from any working directory.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

/** A file shipped with the project (data/, web/dist/, migrations/), wherever the process runs. */
export const projectFile = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
