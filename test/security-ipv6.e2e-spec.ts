import request from 'supertest';
import WebSocket from 'ws';
import { PRODUCTION, wsUrl } from './helpers/security';
import { errorOf, startTestApp, TestApp } from './helpers/test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;

/**
 * Per-address limits count an IPv6 /64 as one address: a client is handed the whole network, so
 * stepping through its addresses must not reset a limit. The client's address comes from
 * X-Forwarded-For through one trusted proxy hop.
 */
describe('per-address limits and IPv6 networks', () => {
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({
      ...PRODUCTION,
      TRUST_PROXY: '1',
      SIGNUPS_PER_IP_PER_HOUR: '2',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '6',
      WS_MAX_CONNECTIONS_PER_IP: '3',
    });
  });
  afterAll(() => t.close());

  const from = (address: string, body: object) =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', address)
      .send(body);

  const signUpFrom = async (address: string) => {
    n += 1;
    const username = `v6user${n}_${Date.now() % 100000}`;
    const res = await from(address, {
      query: SIGN_UP,
      variables: { input: { username, email: `${username}@example.com`, password: 'a long password' } },
    });
    return errorOf({ status: res.status, data: res.body.data, errors: res.body.errors }).code;
  };

  it('counts sign-ups from different addresses of one /64 together, and other networks apart', async () => {
    expect(await signUpFrom('2001:db8:77:1::a')).toBeUndefined();
    expect(await signUpFrom('2001:db8:77:1:ffff:1:2:3')).toBeUndefined();
    expect(await signUpFrom('2001:db8:77:1::c')).toBe('RATE_LIMITED');
    const [{ n: stored }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE username LIKE 'v6user%'`,
    );
    expect(stored).toBe(2);
    // The next /64, and IPv4 addresses, are their own.
    expect(await signUpFrom('2001:db8:77:2::a')).toBeUndefined();
    expect(await signUpFrom('198.51.100.1')).toBeUndefined();
    expect(await signUpFrom('198.51.100.2')).toBeUndefined();
  });

  // @fastify/rate-limit keys IPv6 by its /64 itself (ipv6Subnet, default 64); this keeps it so.
  it('counts requests from different addresses of one /64 against one request limit', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) {
      const res = await from(`2001:db8:99:5::${i.toString(16)}`, { query: '{ __typename }' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    expect((await from('2001:db8:99:6::1', { query: '{ __typename }' })).status).toBe(200);
  });

  it('counts subscription sockets from one /64 against one connection cap', async () => {
    const url = await wsUrl(t);
    const open = (address: string): Promise<{ socket: WebSocket; closed: Promise<number> }> =>
      new Promise((resolve) => {
        const socket = new WebSocket(url, 'graphql-transport-ws', {
          headers: { 'x-forwarded-for': address },
        });
        const closed = new Promise<number>((c) => socket.once('close', (code) => c(code)));
        socket.once('open', () => {
          socket.send(JSON.stringify({ type: 'connection_init' }));
          resolve({ socket, closed });
        });
      });
    const stillOpen = (s: { closed: Promise<number> }) =>
      Promise.race([s.closed, new Promise((r) => setTimeout(() => r('open'), 300))]);
    const sockets = [];
    for (let i = 1; i <= 3; i++) sockets.push(await open(`2001:db8:5:5::${i}`));
    const fourth = await open('2001:db8:5:5:abcd::9');
    expect(await fourth.closed).toBe(1008);
    const elsewhere = await open('2001:db8:5:6::1');
    expect(await stillOpen(elsewhere)).toBe('open');
    for (const s of [...sockets, elsewhere]) {
      s.socket.close();
      await s.closed;
    }
  });
});
