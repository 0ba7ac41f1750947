import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { fetchFeedText, FeedFetchError } from '../src/articles/feeds/fetch-feed';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>`;

describe('importFeed checks the address it connects to (DNS rebinding)', () => {
  let server: Server;
  let port: number;
  let hits: number;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits += 1;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  beforeEach(() => {
    hits = 0;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** A name that answers a public address first and this machine afterwards. */
  const rebinding = () => {
    let asked = 0;
    return async () => {
      asked += 1;
      return [{ address: asked === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
    };
  };

  it('refuses a name that passed the check but resolves to a private address when connecting', async () => {
    const fetching = fetchFeedText(`http://news.example.test:${port}/feed`, {
      resolve: rebinding(),
    });
    await expect(fetching).rejects.toThrow(FeedFetchError);
    await expect(
      fetchFeedText(`http://news.example.test:${port}/feed`, { resolve: rebinding() }),
    ).rejects.toThrow(/private or local address \(127\.0\.0\.1\)/);
    expect(hits).toBe(0);
  });

  it('still reaches the same server when private hosts are allowed (the test server is real)', async () => {
    const text = await fetchFeedText(`http://news.example.test:${port}/feed`, {
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      allowPrivateHosts: true,
    });
    expect(text).toContain('<rss');
    expect(hits).toBe(1);
  });
});
