// Raw WebSocket upgrades with the headers an attacker chooses, for the security tests.
import { request } from 'node:http';
import { WebSocket } from 'ws';

/** Headers and source of one upgrade attempt. */
export interface UpgradeAttempt {
  origin?: string;
  /** A Host header other than the URL's (what DNS rebinding makes a browser send). */
  host?: string;
  localAddress?: string;
}

/** Try a WebSocket upgrade; resolves with 101 when it opened, else the HTTP status the server answered. */
export async function upgradeStatus(url: string, attempt: UpgradeAttempt = {}): Promise<number> {
  const ws = new WebSocket(url, 'mqtt', {
    origin: attempt.origin,
    headers: attempt.host ? { host: attempt.host } : {},
    localAddress: attempt.localAddress,
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', (error) => reject(error));
  });
}

/**
 * A plain HTTP GET of `path` exactly as given (no URL normalising, which would resolve an encoded `..` before
 * it is sent), with the headers given (a Host of the caller's choosing, which fetch does not send).
 */
export async function httpStatus(
  url: string,
  headers: Record<string, string> = {},
  path?: string,
): Promise<number> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: path ?? pathname + search, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
