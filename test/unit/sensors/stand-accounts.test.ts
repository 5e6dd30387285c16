import { describe, expect, it } from 'vitest';
import { BUILTIN_ACCOUNTS, decideLogin, mayPublishAs, maySubscribeAs } from '../../../sensors/accounts.ts';
import { STAND_ACCOUNTS } from '../../../src/core/exhibit/stand-topics.ts';

const prefix = 'city/neubrandenburg/sensors';
const stand = 'city/neubrandenburg/stand';

describe("the stand's presence and guide accounts", () => {
  it('let a headset publish its pose and nothing else', () => {
    expect(mayPublishAs('presence', `${stand}/presence/quest-1`, prefix)).toBe(true);
    expect(mayPublishAs('presence', `${prefix}/s1/temperature`, prefix)).toBe(false);
    expect(mayPublishAs('presence', 'v1.1/Datastreams(1)/Observations', prefix)).toBe(false);
    expect(mayPublishAs('presence', `${stand}/guide/quest-1`, prefix)).toBe(false);
    expect(mayPublishAs('presence', `${stand}/presence/quest-1/more`, prefix)).toBe(false);
    expect(maySubscribeAs('presence', `${stand}/guide/quest-1`, prefix)).toBe(true);
    expect(maySubscribeAs('presence', `${prefix}/#`, prefix)).toBe(false);
    expect(maySubscribeAs('presence', `${stand}/presence/+`, prefix)).toBe(false);
  });

  it('let the guide send suggestions and read poses, nothing else', () => {
    expect(mayPublishAs('guide', `${stand}/guide/quest-1`, prefix)).toBe(true);
    expect(mayPublishAs('guide', `${prefix}/s1/temperature`, prefix)).toBe(false);
    expect(mayPublishAs('guide', `${stand}/presence/quest-1`, prefix)).toBe(false);
    expect(maySubscribeAs('guide', `${stand}/presence/+`, prefix)).toBe(true);
    expect(maySubscribeAs('guide', `${stand}/#`, prefix)).toBe(false);
    expect(maySubscribeAs('guide', `${prefix}/#`, prefix)).toBe(false);
  });

  it('let the headsets in over /mqtt from the LAN, the guide from this machine only', () => {
    const { presence, guide } = STAND_ACCOUNTS;
    const lan = { path: 'web', loopback: false, lanAccounts: false } as const;
    const here = { path: 'web', loopback: true, lanAccounts: false } as const;
    expect(decideLogin(BUILTIN_ACCOUNTS, presence.username, presence.password, lan)).toMatchObject({
      ok: true,
      role: 'presence',
    });
    expect(
      decideLogin(BUILTIN_ACCOUNTS, presence.username, presence.password, { ...lan, path: 'tcp' }),
    ).toEqual({
      ok: false,
      why: 'not-here',
    });
    expect(decideLogin(BUILTIN_ACCOUNTS, guide.username, guide.password, lan)).toEqual({
      ok: false,
      why: 'not-here',
    });
    expect(decideLogin(BUILTIN_ACCOUNTS, guide.username, guide.password, here)).toMatchObject({
      ok: true,
      role: 'guide',
    });
  });
});
