// Prints the gzipped size of the JavaScript a browser loads for the thread page: the app entry and
// every chunk it imports statically (the IDE is a separate page and is not counted).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) visit(dep);
};
visit('index.html');
let raw = 0;
let gzipped = 0;
for (const key of seen) {
  const code = readFileSync(join(dist, manifest[key].file));
  raw += code.length;
  gzipped += gzipSync(code, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `Thread page JavaScript: ${kb(gzipped)} gzipped (${kb(raw)} raw, ${seen.size} file(s)); target under 200 KB`,
);
