import { describe, expect, it } from 'vitest';
import {
  BUILTIN_ACCOUNTS,
  DEFAULT_ACCOUNTS,
  decideLogin,
  mayPublish,
  maySubscribe,
  type BrokerAccount,
  type LoginPlace,
} from '../../../sensors/accounts.ts';

const prefix = 'city/neubrandenburg/sensors';

describe('accounts and ACL', () => {
  it('lets the viewer publish nothing and the simulator publish only under the prefix and SensorThings', () => {
    expect(mayPublish('viewer', `${prefix}/s1/temperature`, prefix)).toBe(false);
    expect(mayPublish('simulator', `${prefix}/s1/temperature`, prefix)).toBe(true);
    expect(mayPublish('simulator', 'v1.1/Datastreams(1)/Observations', prefix)).toBe(true);
    expect(mayPublish('simulator', 'other/city/s1/temperature', prefix)).toBe(false);
    expect(mayPublish('simulator', `${prefix}/+/temperature`, prefix)).toBe(false);
    expect(mayPublish(undefined, `${prefix}/s1/temperature`, prefix)).toBe(false);
    expect(mayPublish('intruder', `${prefix}/s1/temperature`, prefix)).toBe(false);
  });

  it('lets the viewer read the city and SensorThings, but not everything', () => {
    expect(maySubscribe('viewer', `${prefix}/+/temperature`, prefix)).toBe(true);
    expect(maySubscribe('viewer', `${prefix}/#`, prefix)).toBe(true);
    expect(maySubscribe('viewer', 'v1.1/Datastreams(7)/Observations', prefix)).toBe(true);
    expect(maySubscribe('viewer', '#', prefix)).toBe(false);
    expect(maySubscribe('viewer', 'city/+/sensors/#', prefix)).toBe(false);
    expect(maySubscribe('viewer', `${prefix}/a#`, prefix)).toBe(false);
    expect(maySubscribe('simulator', 'v1.1/#', prefix)).toBe(false);
    expect(maySubscribe(undefined, `${prefix}/#`, prefix)).toBe(false);
  });

  it('ships the local-test passwords', () => {
    expect(DEFAULT_ACCOUNTS.viewer).toEqual({ username: 'viewer', password: 'viewer' });
    expect(DEFAULT_ACCOUNTS.simulator).toEqual({ username: 'simulator', password: 'simulator' });
  });
});

const gateway: BrokerAccount = {
  username: 'gateway-markt',
  password: 'lang-und-geheim-1',
  role: 'publish',
  builtin: false,
};
const accounts = [...BUILTIN_ACCOUNTS, gateway];
const place = (path: LoginPlace['path'], loopback: boolean, lanAccounts = false): LoginPlace => ({
  path,
  loopback,
  lanAccounts,
});

describe('decideLogin', () => {
  it('lets the page in on /mqtt without an account, as the viewer, and nobody else without one', () => {
    expect(decideLogin(accounts, undefined, undefined, place('web', false))).toMatchObject({
      ok: true,
      role: 'read',
    });
    expect(decideLogin(accounts, undefined, undefined, place('tcp', true))).toEqual({
      ok: false,
      why: 'anonymous',
    });
  });

  it('keeps the default accounts on this machine, and the publishing one off /mqtt', () => {
    expect(decideLogin(accounts, 'simulator', 'simulator', place('tcp', true))).toMatchObject({
      ok: true,
      role: 'publish',
    });
    expect(decideLogin(accounts, 'simulator', 'simulator', place('ws', true))).toMatchObject({ ok: true });
    expect(decideLogin(accounts, 'simulator', 'simulator', place('web', true)).ok).toBe(false);
    for (const path of ['tcp', 'ws', 'web'] as const) {
      expect(decideLogin(accounts, 'simulator', 'simulator', place(path, false, true))).toEqual({
        ok: false,
        why: 'not-here',
      });
      expect(decideLogin(accounts, 'viewer', 'viewer', place(path, false, true))).toEqual({
        ok: false,
        why: 'not-here',
      });
    }
    expect(decideLogin(accounts, 'viewer', 'viewer', place('web', true))).toMatchObject({
      ok: true,
      role: 'read',
    });
  });

  it("lets the stand's own accounts in from the LAN only when the stand said so", () => {
    expect(decideLogin(accounts, gateway.username, gateway.password, place('tcp', false)).ok).toBe(false);
    expect(
      decideLogin(accounts, gateway.username, gateway.password, place('tcp', false, true)),
    ).toMatchObject({
      ok: true,
      role: 'publish',
    });
    expect(decideLogin(accounts, gateway.username, 'falsch', place('tcp', true))).toEqual({
      ok: false,
      why: 'wrong-password',
    });
  });
});
