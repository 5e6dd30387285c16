import { describe, expect, it } from 'vitest';
import { vrSupport } from '../../../../src/core/walk/xr-support.ts';

describe('vrSupport', () => {
  it('names why VR is not offered', () => {
    expect(vrSupport(false, false, null)).toBe('insecure');
    expect(vrSupport(true, false, null)).toBe('no-webxr');
    expect(vrSupport(true, true, null)).toBe('checking');
    expect(vrSupport(true, true, false)).toBe('no-headset');
    expect(vrSupport(true, true, true)).toBe('supported');
  });
});
