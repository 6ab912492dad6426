/**
 * A real HTTP server whose answer starts (status, headers, part of the body) but never ends. msw's
 * mocked bodies ignore the request's abort signal; a real connection does not, so a test of "the
 * timeout covers the body too" needs this. Register `passthrough()` for its URL in msw.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StallingServer {
  url: string;
  close(): void;
}

export async function startStallingServer(): Promise<StallingServer> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"partial":');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
