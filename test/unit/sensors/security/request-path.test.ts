import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequestPath } from '../../../../sensors/security/request-path.ts';

describe('checkRequestPath', () => {
  it('decodes a path once and keeps it', () => {
    expect(checkRequestPath('/input-profiles/oculus-touch/profile.json?v=1')).toEqual({
      ok: true,
      path: '/input-profiles/oculus-touch/profile.json',
    });
    expect(checkRequestPath('/fixtures/gel%C3%A4nde.glb')).toEqual({
      ok: true,
      path: '/fixtures/gelände.glb',
    });
  });

  it('refuses malformed encoding, dot segments, backslashes, NUL and a % left after decoding', () => {
    for (const bad of [
      '/%E0%A4%A',
      '/input-profiles/oculus-touch/..%2fhtc-vive/profile.json',
      '/input-profiles/%2e%2e/x',
      '/a/./b',
      '/a%5c..%5cb',
      '/a%00b',
      '/%252e%252e/secret',
      'http://evil.example/',
      '',
    ]) {
      expect(checkRequestPath(bad).ok, bad).toBe(false);
    }
  });

  it('never lets a path through that still has a dot segment or would decode again', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const checked = checkRequestPath(`/${s}`);
        if (!checked.ok) return;
        expect(checked.path.split('/')).not.toContain('..');
        expect(decodeURIComponent(checked.path)).toBe(checked.path);
      }),
    );
  });
});
