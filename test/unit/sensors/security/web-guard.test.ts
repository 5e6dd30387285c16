import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connect, PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRefusalLog } from '../../../../sensors/security/refusals.ts';
import { securityHeaders } from '../../../../sensors/security/security-headers.ts';
import { webGuard } from '../../../../sensors/security/web-guard.ts';

type Handler = Connect.NextHandleFunction | Connect.ErrorHandleFunction;

// The guard's middlewares in front of a handler that throws, on a plain Node server: what Vite would wrap them in.
describe('webGuard', () => {
  const lines: string[] = [];
  let url = '';
  const server = createServer();
  beforeAll(async () => {
    const handlers: Handler[] = [];
    const plugin = webGuard({
      headers: securityHeaders(),
      scheme: 'http',
      allowedOrigins: [],
      configFile: '/nonexistent/stadtzwilling.config.json',
      proxied: false,
      hidden: ['/stadtzwilling.accounts.json'],
      dev: false,
      refusals: createRefusalLog((line) => lines.push(line)),
    });
    const fake = { middlewares: { use: (h: Handler) => handlers.push(h) }, httpServer: null };
    const hook = plugin.configurePreviewServer as (s: PreviewServer) => (() => void) | void;
    const post = hook(fake as unknown as PreviewServer);
    const throws: Connect.NextHandleFunction = (_req, _res, next) =>
      next(new Error('boom at /srv/secret.ts:1:1'));
    handlers.push(throws);
    post?.();
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      // A tiny connect: each handler in turn, errors to the error handlers.
      const run = (i: number, error?: unknown): void => {
        const h = handlers[i];
        if (!h) return void res.end();
        const next = (e?: unknown): void => run(i + 1, e);
        if (error !== undefined)
          return h.length === 4
            ? (h as Connect.ErrorHandleFunction)(error, req, res, next)
            : run(i + 1, error);
        if (h.length === 4) return run(i + 1);
        (h as Connect.NextHandleFunction)(req, res, next);
      };
      run(0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers what throws further on with a plain 500, the headers set, no stack and no file names', async () => {
    const response = await fetch(`${url}/x`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Internal error: see the twin server log.\n');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(lines.at(-1)).toContain('boom');
  });

  it('serves no config file as {}, and never the accounts file', async () => {
    expect(await (await fetch(`${url}/stadtzwilling.config.json`)).text()).toBe('{}');
    expect((await fetch(`${url}/stadtzwilling.accounts.json`)).status).toBe(404);
  });
});
