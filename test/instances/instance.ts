import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';

const ROOT = join(__dirname, '..', '..');

export const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One real server process (node dist/src/main.js) on its own port. */
export class Instance {
  process?: ChildProcess;
  output = '';
  port = 0;
  exited?: Promise<number | null>;

  constructor(
    readonly name: string,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Spawns the server; `ready` resolves once it serves. */
  async start(): Promise<void> {
    this.port = await freePort();
    this.output = '';
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
    });
    this.process = child;
    child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  async ready(ms = 90_000): Promise<void> {
    const until = Date.now() + ms;
    let exited = false;
    void this.exited!.then(() => (exited = true));
    while (Date.now() < until && !exited) {
      if (this.output.includes('Rostra is serving')) return;
      await sleep(100);
    }
    throw new Error(`${this.name} did not start:\n${this.output}`);
  }

  get alive(): boolean {
    return !!this.process && this.process.exitCode === null && this.process.signalCode === null;
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    this.process!.kill(signal);
    await this.exited;
  }

  async health(): Promise<{ status: number; body: Record<string, string> }> {
    const res = await fetch(`${this.url}/health`);
    return { status: res.status, body: (await res.json()) as Record<string, string> };
  }

  async gql<T = any>(query: string, variables?: object, token?: string): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  }

  ws(): Client {
    return createClient({
      url: `ws://127.0.0.1:${this.port}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` returns a value other than undefined, or fails after `ms`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(200);
  }
  throw new Error(`Timed out waiting for ${what}`);
}
