import WebSocket from 'ws';
import { PRODUCTION, wsUrl } from './helpers/security';
import { startTestApp, TestApp } from './helpers/test-app';
import { signUpUser } from './helpers/users';

/**
 * Subscription sockets are capped per signed-in account as well as per address: one account
 * connecting from many addresses still holds at most WS_MAX_CONNECTIONS_PER_ACCOUNT sockets.
 */
describe('subscription sockets per account', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp({ ...PRODUCTION, TRUST_PROXY: '1', WS_MAX_CONNECTIONS_PER_ACCOUNT: '3' });
    url = await wsUrl(t);
  });
  afterAll(() => t.close());

  interface Opened {
    socket: WebSocket;
    /** 'ack' once the server accepted the connection, else the close code and reason. */
    outcome: Promise<string>;
    closed: Promise<void>;
  }

  let n = 0;
  const connect = (token: string): Opened => {
    n += 1;
    const socket = new WebSocket(url, 'graphql-transport-ws', {
      headers: { 'x-forwarded-for': `198.51.100.${n}` },
    });
    const closed = new Promise<void>((c) => socket.once('close', () => c()));
    const outcome = new Promise<string>((resolve) => {
      socket.once('close', (code, reason) => resolve(`${code} ${String(reason)}`));
      socket.on('message', (m) => {
        if (JSON.parse(String(m)).type === 'connection_ack') resolve('ack');
      });
      socket.once('open', () =>
        socket.send(
          JSON.stringify({
            type: 'connection_init',
            payload: { authorization: `Bearer ${token}` },
          }),
        ),
      );
    });
    return { socket, outcome, closed };
  };

  it('closes the socket over the cap with 1008, counts each account apart, and frees a place on close', async () => {
    const user = await signUpUser(t);
    const other = await signUpUser(t);
    const first = [connect(user.token), connect(user.token), connect(user.token)];
    expect(await Promise.all(first.map((s) => s.outcome))).toEqual(['ack', 'ack', 'ack']);
    const fourth = connect(user.token);
    expect(await fourth.outcome).toBe('1008 Too many connections for one account (limit 3)');
    const another = connect(other.token);
    expect(await another.outcome).toBe('ack');

    first[0].socket.close();
    await first[0].closed;
    // The server counts the socket off when its own side has closed.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = connect(user.token);
    expect(await again.outcome).toBe('ack');

    for (const s of [...first.slice(1), another, again]) {
      s.socket.close();
      await s.closed;
    }
  });
});
