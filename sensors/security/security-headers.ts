import { originOf } from '../../src/core/origins.ts';

/** What the page may load besides its own origin. */
export interface SecurityHeaderOptions {
  /** Origins the page connects to besides its own (allowed origins, a broker it reaches directly). */
  connect: readonly string[];
  /** Vite's dev server injects inline scripts (React refresh) and styles; the built bundle has neither. */
  dev: boolean;
}

/** The built app on its own origin alone. */
export const SECURITY_HEADER_DEFAULTS: SecurityHeaderOptions = { connect: [], dev: false };

/** An origin in both of its forms, http(s) for fetches and ws(s) for WebSockets. */
function bothSchemes(url: string): string[] {
  const origin = originOf(url);
  if (origin === undefined) return [];
  return [origin, origin.replace(/^http/, 'ws')];
}

/**
 * Headers for every response: a Content-Security-Policy allowing only what the app loads (its own origin,
 * the listed origins, blob: workers and data:/blob: buffers the glTF decoders make, WebAssembly), no sniffing,
 * no framing, no referrer.
 */
export function securityHeaders(partial: Partial<SecurityHeaderOptions> = {}): Record<string, string> {
  const options = { ...SECURITY_HEADER_DEFAULTS, ...partial };
  const connect = [...new Set(options.connect.flatMap(bothSchemes))];
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${options.dev ? " 'unsafe-inline'" : ''}`,
    // Draco, Basis, meshoptimizer and mqtt.js's timers run in workers made from blob: URLs.
    "worker-src 'self' blob:",
    `connect-src ${["'self'", 'data:', 'blob:', ...connect].join(' ')}`,
    "img-src 'self' data: blob:",
    // Vite's dev server injects the CSS as <style> elements; the built bundle links a stylesheet.
    `style-src 'self'${options.dev ? " 'unsafe-inline'" : ''}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return {
    'Content-Security-Policy': policy.join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}
