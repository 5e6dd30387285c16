import { describe, expect, it } from 'vitest';
import { clientAddress, isLoopback } from '../../../../sensors/security/address.ts';
import { checkUpgrade, isAllowedHost } from '../../../../sensors/security/upgrade-check.ts';

describe('isAllowedHost', () => {
  it('answers for localhost and IP literals, not for names DNS rebinding would send', () => {
    for (const ok of ['127.0.0.1:8080', 'localhost:8080', 'app.localhost', '[::1]:8080', '192.168.1.20'])
      expect(isAllowedHost(ok), ok).toBe(true);
    for (const bad of ['evil.example', 'evil.example:8080', '127.0.0.1.nip.io:8080', '', 'a b', undefined])
      expect(isAllowedHost(bad), String(bad)).toBe(false);
  });
});

describe('checkUpgrade', () => {
  const own = ['http://127.0.0.1:8080'];

  it('lets the app own origin in, and a client that is no browser (no Origin) on to the login', () => {
    expect(checkUpgrade({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080' }, own)).toBeUndefined();
    expect(checkUpgrade({ host: '127.0.0.1:8080' }, own)).toBeUndefined();
    expect(
      checkUpgrade({ host: '127.0.0.1:9001', origin: 'https://twin.stadt.example' }, [
        ...own,
        'wss://twin.stadt.example',
      ]),
    ).toBeUndefined();
  });

  it('refuses another origin, also on another port of this machine, and a foreign Host', () => {
    expect(checkUpgrade({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:5555' }, own)).toMatchObject({
      status: 403,
      reason: 'origin',
    });
    expect(checkUpgrade({ host: '127.0.0.1:8080', origin: 'null' }, own)?.reason).toBe('origin');
    expect(
      checkUpgrade({ host: 'evil.example:8080', origin: 'http://evil.example:8080' }, [
        'http://evil.example:8080',
      ])?.reason,
    ).toBe('host');
  });
});

describe('client addresses', () => {
  it('reads IPv4 mapped into IPv6 as IPv4, and knows the loopback', () => {
    expect(clientAddress('::ffff:10.0.0.5')).toBe('10.0.0.5');
    expect(clientAddress(undefined)).toBe('unknown');
    expect(['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.5', '192.0.2.2', '::ffff:10.0.0.5', 'fe80::1', 'unknown'].some(isLoopback)).toBe(false);
  });
});
