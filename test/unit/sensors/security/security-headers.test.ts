import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../../../sensors/security/security-headers.ts';

describe('securityHeaders', () => {
  it('allow the own origin, blob: workers, data:/blob: buffers and WebAssembly, and no framing', () => {
    const headers = securityHeaders();
    const csp = headers['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("connect-src 'self' data: blob:;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
  });

  it('let the page connect to the listed origins over http(s) and ws(s)', () => {
    const csp = securityHeaders({ connect: ['https://daten.stadt.example', 'ws://10.0.0.9:9001'] })[
      'Content-Security-Policy'
    ]!;
    expect(csp).toContain(
      "connect-src 'self' data: blob: https://daten.stadt.example wss://daten.stadt.example http://10.0.0.9:9001 ws://10.0.0.9:9001",
    );
  });
});
