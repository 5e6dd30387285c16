import { describe, expect, it } from 'vitest';
import {
  BUILTIN_ACCOUNTS,
  decideLogin,
  type BrokerAccount,
  type LoginPlace,
} from '../../sensors/accounts.ts';
import { parseAccounts } from '../../sensors/accounts-file.ts';

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

describe('parseAccounts', () => {
  const file = 'stadtzwilling.accounts.json';
  it('reads the stand accounts', () => {
    expect(
      parseAccounts(JSON.stringify([{ username: 'gw', password: 'x'.repeat(12), role: 'read' }]), file),
    ).toEqual([{ username: 'gw', password: 'x'.repeat(12), role: 'read', builtin: false }]);
  });

  it('refuses the defaults, short passwords and mistakes, naming the file and the account', () => {
    const cases: [unknown, RegExp][] = [
      [
        [{ username: 'simulator', password: 'x'.repeat(20), role: 'publish' }],
        /account 1: "simulator" is a built-in account/,
      ],
      [
        [{ username: 'gw', password: 'simulator', role: 'publish' }],
        /account 1 \("gw"\): password must be at least 12/,
      ],
      [
        [{ username: 'gateway-langname', password: 'gateway-langname', role: 'publish' }],
        /not be the username/,
      ],
      [[{ username: 'gw', password: 'x'.repeat(12), role: 'admin' }], /role must be "read" or "publish"/],
      [[{ username: 'gw', password: 'x'.repeat(12), role: 'read', lan: true }], /unknown field "lan"/],
      [{ username: 'gw' }, /must be a list of accounts/],
      [
        [
          { username: 'gw', password: 'x'.repeat(12), role: 'read' },
          { username: 'gw', password: 'y'.repeat(12), role: 'read' },
        ],
        /account 2: "gw" is already in the file/,
      ],
    ];
    for (const [content, message] of cases)
      expect(() => parseAccounts(JSON.stringify(content), file)).toThrow(message);
    expect(() => parseAccounts('[', file)).toThrow(/stadtzwilling.accounts.json is not valid JSON/);
  });
});
