import { isIP } from 'node:net';

/** A client's address in one form: an IPv4 address mapped into IPv6 (`::ffff:10.0.0.5`) as plain IPv4. */
export function clientAddress(raw: string | undefined): string {
  if (raw === undefined) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  return mapped ? mapped[1]! : raw;
}

/** Whether an address is this machine's loopback (127.0.0.0/8 or ::1): nobody else can connect from it. */
export function isLoopback(address: string): boolean {
  const plain = clientAddress(address);
  return (isIP(plain) === 4 && plain.startsWith('127.')) || plain === '::1';
}
