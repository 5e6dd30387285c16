import { isIP } from 'node:net';
import { originOf } from '../../src/core/origins.ts';

/** Why a WebSocket upgrade was refused, before any MQTT: the status it gets and a line for the log. */
export interface UpgradeRefusal {
  status: number;
  reason: 'host' | 'origin' | 'path' | 'full' | 'url';
  detail: string;
}

/**
 * Whether the server answers for this `Host`: localhost and its subdomains, and IP literals (Vite's own rule).
 * Any other name is what DNS rebinding sends: a foreign name that now resolves to this machine.
 */
export function isAllowedHost(host: string | undefined): boolean {
  if (host === undefined || !URL.canParse(`http://${host}`)) return false;
  const { hostname } = new URL(`http://${host}`);
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  return isIP(hostname.replace(/^\[|\]$/g, '')) !== 0;
}

/**
 * Check an upgrade's `Host` and `Origin`: the Host must be one this server answers for, and a browser's Origin
 * one of `origins` (compared as origins, ws: as http:). No Origin at all is not a browser, which no page can
 * make send; it goes on to the login, which decides.
 */
export function checkUpgrade(
  headers: { host?: string; origin?: string },
  origins: readonly string[],
): UpgradeRefusal | undefined {
  if (!isAllowedHost(headers.host))
    return {
      status: 403,
      reason: 'host',
      detail: `Host ${JSON.stringify(headers.host ?? '')} is not this server`,
    };
  if (headers.origin === undefined) return undefined;
  const origin = originOf(headers.origin);
  if (origin !== undefined && origins.some((o) => originOf(o) === origin)) return undefined;
  return { status: 403, reason: 'origin', detail: `Origin ${JSON.stringify(headers.origin)} is not allowed` };
}
