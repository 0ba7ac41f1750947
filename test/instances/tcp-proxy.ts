import { createServer, Server, Socket, connect } from 'node:net';

/**
 * A TCP proxy in front of a real server (Redis here) that a test can cut and restore, to stage
 * an outage without touching the server itself. While cut, open connections are destroyed and
 * new ones are accepted and closed at once, like a service that went away.
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private cut = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (this.cut) return void client.destroy();
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** Starts the outage: every connection through the proxy drops and none gets through. */
  stopForwarding(): void {
    this.cut = true;
    for (const s of this.sockets) s.destroy();
  }

  resumeForwarding(): void {
    this.cut = false;
  }

  async close(): Promise<void> {
    this.stopForwarding();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
