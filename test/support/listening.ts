// Which local addresses a TCP port listens on, as the kernel reports it (Linux: /proc/net/tcp), without
// sending anything: a test can see that a port is on the loopback only without reaching for the LAN.
import { readFileSync } from 'node:fs';

/** The IPv4 addresses listening on `port`, e.g. ['127.0.0.1'] or ['0.0.0.0']. */
export function listeningOn(port: number | string): string[] {
  const LISTEN = '0A';
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[3] === LISTEN && parseInt(cols[1]?.split(':')[1] ?? '', 16) === Number(port))
    .map((cols) => {
      const hex = cols[1]!.split(':')[0]!;
      // Little-endian: 0100007F is 127.0.0.1.
      return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('.');
    });
}
