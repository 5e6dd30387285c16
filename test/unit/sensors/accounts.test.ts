import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS, mayPublish, maySubscribe } from '../../../sensors/accounts.ts';

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
