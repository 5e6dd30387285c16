import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../../sensors/accounts-file.ts';

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
      [[{ username: 'gw', password: 'x'.repeat(12), role: 'admin' }], /role must be "read", "publish"/],
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
