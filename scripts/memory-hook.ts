/**
 * Preloaded into a server by `npm run bench:page` (node -r): every 250 ms it writes the process's
 * memory (process.memoryUsage() and the committed size of V8's heap spaces) to MEMORY_FILE, so
 * the bench can say what its RSS peak is made of. A file, not a signal or an IPC channel, so the
 * server runs as deployed.
 */
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';

const file = process.env.MEMORY_FILE;
if (file) {
  setInterval(() => {
    const spaces: Record<string, number> = {};
    for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name] = s.space_size;
    try {
      writeFileSync(file, JSON.stringify({ ...process.memoryUsage(), spaces }));
    } catch {
      // The bench removed its folder while the server was stopping.
    }
  }, 250).unref();
}
