import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'rostra.lock';

interface Holder {
  pid: number;
  command: string;
  since: string;
}

export class DatabaseInUseError extends Error {}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
};

function readHolder(path: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/** Why this process cannot open the folder (another live process holds it), or undefined. */
export function embeddedFolderInUse(dataDir: string): string | undefined {
  const holder = readHolder(join(dataDir, LOCK_FILE));
  if (!holder || holder.pid === process.pid || !alive(holder.pid)) return undefined;
  return `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}); stop it first, or use a PostgreSQL server (DATABASE_URL)`;
}

/**
 * Locks an embedded database folder for this process. PGlite lets any number of processes open
 * the same folder, and each then overwrites the others' writes: a second process (the CLI, an
 * import, another server) must refuse instead. A lock left by a process that no longer runs is
 * taken over. Returns the release function.
 */
export function lockEmbeddedFolder(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  const me: Holder = {
    pid: process.pid,
    command: process.argv.slice(1).join(' ').slice(0, 200),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
      const inUse = embeddedFolderInUse(dataDir);
      if (inUse) throw new DatabaseInUseError(inUse);
      // Left behind by a process that ended without releasing it.
      try {
        unlinkSync(path);
      } catch {
        // another process took it over first; the next attempt sees its lock
      }
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off('exit', release);
      if (readHolder(path)?.pid === process.pid) unlinkSync(path);
    };
    process.on('exit', release);
    return release;
  }
  throw new DatabaseInUseError(`Could not lock the embedded database in ${dataDir}`);
}
