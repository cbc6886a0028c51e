import type { Protocol } from 'electron';
import fs from 'node:fs/promises';
import { APP_SCHEME, contentTypeFor, resolveAssetPath } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Serves the built renderer from rootDir over app://, every response carrying the CSP. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAssetPath(rootDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': contentTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
