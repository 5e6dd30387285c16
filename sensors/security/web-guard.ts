import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Connect, HttpServer, Plugin } from 'vite';
import { clientAddress } from './address.ts';
import { configView } from './config-view.ts';
import { refuseUpgrade } from './refuse-upgrade.ts';
import type { RefusalLog } from './refusals.ts';
import { checkRequestPath } from './request-path.ts';
import { checkUpgrade, isAllowedHost } from './upgrade-check.ts';

/** What the web server checks and adds before Vite serves anything. */
export interface WebGuardOptions {
  /** Headers every answer carries (securityHeaders). */
  headers: Record<string, string>;
  scheme: 'http' | 'https';
  /** Origins besides the page's own whose pages may open /mqtt. */
  allowedOrigins: readonly string[];
  /** The config file, served live without its username and password. */
  configFile: string;
  /** /mqtt passes on to the file's broker: the served config names /mqtt as the broker. */
  proxied: boolean;
  /** Paths never served, whatever else would serve them (the accounts file, for the dev server). */
  hidden: readonly string[];
  /** Takes over a checked upgrade on /mqtt; absent: there is no broker behind /mqtt. */
  mqtt?: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Vite's dev server answers its own WebSocket (hot reload); the preview server has none but /mqtt. */
  dev: boolean;
  refusals: RefusalLog;
}

/** The path the page's broker WebSocket is on. */
export const MQTT_PATH = '/mqtt';

/**
 * A Vite plugin, first in line: every request's path decoded once and checked (a plain 400 otherwise), its Host
 * checked (403), the security headers set, the config file served without credentials; every WebSocket upgrade
 * checked for path, Host and Origin before MQTT starts, refusals counted in the log.
 */
export function webGuard(options: WebGuardOptions): Plugin {
  const plain = (res: ServerResponse, status: number, message: string): void => {
    res.writeHead(status, { ...options.headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${message}\n`);
  };
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const checked = checkRequestPath(req.url);
    if (!checked.ok) {
      options.refusals.refuse('url', `${JSON.stringify(req.url)}: ${checked.reason}`);
      return plain(res, 400, `Bad request: ${checked.reason}.`);
    }
    // HTTP/2 (the HTTPS server with --host) names the host in :authority; no Host at all is no browser.
    const host = req.headers.host ?? (req.headers[':authority'] as string | undefined);
    if (host !== undefined && !isAllowedHost(host)) {
      options.refusals.refuse('http-host', `Host ${JSON.stringify(host)}`);
      return plain(res, 403, 'This host is not allowed.');
    }
    for (const [name, value] of Object.entries(options.headers)) res.setHeader(name, value);
    if (options.hidden.includes(checked.path)) return plain(res, 404, 'Not found.');
    if (checked.path === '/stadtzwilling.config.json') {
      const file = options.configFile;
      const view = configView(existsSync(file) ? readFileSync(file, 'utf8') : undefined, options.proxied);
      res.writeHead(view.status, {
        'Content-Type': view.status === 200 ? 'application/json' : 'text/plain; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      return void res.end(view.body);
    }
    next();
  };
  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const checked = checkRequestPath(request.url);
    const path = checked.ok ? checked.path : undefined;
    if (path !== MQTT_PATH && options.dev) return;
    socket.on('error', () => socket.destroy());
    const address = clientAddress(request.socket.remoteAddress);
    if (path !== MQTT_PATH || !options.mqtt) {
      options.refusals.refuse('web-path', `a WebSocket to ${JSON.stringify(request.url)} from ${address}`);
      return refuseUpgrade(socket, 404, 'No WebSocket here.');
    }
    const own = `${options.scheme}://${request.headers.host ?? ''}`;
    const refused = checkUpgrade(request.headers, [own, ...options.allowedOrigins]);
    if (refused) {
      options.refusals.refuse(
        `web-${refused.reason}`,
        `a WebSocket to /mqtt from ${address}: ${refused.detail}`,
      );
      return refuseUpgrade(socket, refused.status, refused.detail);
    }
    options.mqtt(request, socket, head);
  };
  // Whatever else throws is a plain 500 too: a stack trace names the server's files.
  const failed: Connect.ErrorHandleFunction = (error, req, res, _next) => {
    options.refusals.refuse(
      'error',
      `${JSON.stringify(req.url)}: ${(error as Error)?.message ?? String(error)}`,
    );
    if (res.headersSent) return void res.end();
    plain(res, 500, 'Internal error: see the twin server log.');
  };
  const attach = (server: { middlewares: Connect.Server; httpServer: HttpServer | null }): (() => void) => {
    server.middlewares.use(middleware);
    server.httpServer?.on('upgrade', upgrade);
    server.httpServer?.once('close', () => server.httpServer?.off('upgrade', upgrade));
    // Vite runs this after its own middlewares, so it catches what they pass on.
    return () => void server.middlewares.use(failed);
  };
  return {
    name: 'stadtzwilling-web-guard',
    enforce: 'pre',
    configureServer: attach,
    configurePreviewServer: attach,
  };
}
