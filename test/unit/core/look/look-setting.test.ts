import { describe, expect, it } from 'vitest';
import { LOOK_VR, lookEffectsFor, parseLook } from '../../../../src/core/look/look-setting.ts';
import { resolveConfig } from '../../../../src/core/config.ts';

describe('parseLook', () => {
  it('reads a quality or a list of effects, in the order the effects are listed', () => {
    expect(parseLook('high')).toEqual(['sky', 'fog', 'ao']);
    expect(parseLook('low')).toEqual(['sky', 'fog']);
    expect(parseLook('off')).toEqual([]);
    expect(parseLook('ao, sky')).toEqual(['sky', 'ao']);
    expect(parseLook(['fog'])).toEqual(['fog']);
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'bloom', 'sky,bloom', 'HIGH', [], [3], 42, null, { sky: true }])
      expect(parseLook(bad)).toBeUndefined();
  });

  it('is the config key `look`: high by default, a bad value named in a notice', () => {
    expect(resolveConfig(undefined, []).config.look).toEqual(['sky', 'fog', 'ao']);
    expect(resolveConfig({ look: 'low' }, [['look', 'sky']]).config.look).toEqual(['sky']);
    const { config, notices } = resolveConfig(undefined, [['look', 'bloom']]);
    expect(config.look).toEqual(['sky', 'fog', 'ao']);
    expect(notices).toContainEqual(
      expect.objectContaining({ code: 'config.invalid', params: expect.objectContaining({ name: 'look' }) }),
    );
  });
});

describe('lookEffectsFor', () => {
  it('draws the setting on the desktop and in VR only what fits its budget', () => {
    expect(lookEffectsFor(['sky', 'fog', 'ao'], false)).toEqual(['sky', 'fog', 'ao']);
    expect(lookEffectsFor(['sky', 'fog', 'ao'], true)).toEqual(
      ['sky', 'fog', 'ao'].filter((e) => LOOK_VR.includes(e as never)),
    );
    expect(lookEffectsFor([], true)).toEqual([]);
  });
});
