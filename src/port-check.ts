import { createServer } from 'node:net';

/**
 * Whether the server could listen on host:port, checked before any slow start-up work
 * (migrations, seeding) so a busy port fails at once. Resolves the reason when it cannot.
 */
export function portProblem(port: number, host: string): Promise<string | undefined> {
  if (port === 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      resolve(
        e.code === 'EADDRINUSE'
          ? `Port ${port} on ${host} is already in use (another Rostra?); stop it or set PORT`
          : `Cannot listen on ${host}:${port}: ${e.message}`,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve(undefined)));
  });
}
