import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy on the loopback address that refuses every tunnel and remembers where each
 * one was meant to go: a download that goes through it fails at once, on any machine, and
 * the test can see that it went through the proxy at all.
 */
export async function refusingProxy(): Promise<{ url: string; host: string; tunnels: string[]; close(): Promise<void> }> {
  const tunnels: string[] = [];
  const server = http.createServer((_req, res) => res.writeHead(403).end());
  server.on('connect', (req, socket) => {
    tunnels.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    tunnels,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
