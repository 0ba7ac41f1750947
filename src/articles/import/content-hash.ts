import { createHash } from 'node:crypto';

/** SHA-256 (hex) of a normalised article body: equal bodies mean the same article. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
