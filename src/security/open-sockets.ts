import type { WebSocket } from 'ws';

/** 1008: policy violation; the close reason says which limit. */
export const POLICY_VIOLATION = 1008;

/**
 * Open sockets counted by a key (a client address, an account), each counted off when it closes.
 * Per instance, like the sockets themselves.
 */
export class OpenSockets {
  private readonly open = new Map<string, number>();

  /**
   * Counts `socket` under `key` while it is open; over `limit` it is closed with 1008 and
   * `reason`, and false is returned.
   */
  admit(key: string, socket: WebSocket, limit: number, reason: string): boolean {
    const count = (this.open.get(key) ?? 0) + 1;
    this.open.set(key, count);
    socket.once('close', () => {
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    });
    if (count <= limit) return true;
    socket.close(POLICY_VIOLATION, reason);
    return false;
  }
}
