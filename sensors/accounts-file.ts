import { readFileSync } from 'node:fs';
import { BUILTIN_ACCOUNTS, type BrokerAccount, type Role } from './accounts.ts';

/** Shortest password the stand's own accounts may have. */
export const MIN_PASSWORD_LENGTH = 12;

const ROLES: readonly Role[] = ['read', 'publish', 'presence', 'guide'];
const DEFAULT_NAMES: readonly string[] = BUILTIN_ACCOUNTS.map((a) => a.username);
const DEFAULT_PASSWORDS: readonly string[] = BUILTIN_ACCOUNTS.map((a) => a.password);

/**
 * Check the stand's own accounts, `[{ "username", "password", "role": "read" | "publish" }]`: real names and
 * passwords, never the defaults. Throws one line naming the file, the account and what is wrong.
 */
export function parseAccounts(text: string, file: string): BrokerAccount[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(raw))
    throw new Error(`${file}: must be a list of accounts, [{ "username", "password", "role" }]`);
  const seen = new Set<string>();
  return raw.map((entry: unknown, i): BrokerAccount => {
    const where = `${file}: account ${i + 1}`;
    if (entry === null || typeof entry !== 'object') throw new Error(`${where} is not an object`);
    const { username, password, role, ...rest } = entry as Record<string, unknown>;
    const unknown = Object.keys(rest)[0];
    if (unknown !== undefined) throw new Error(`${where}: unknown field "${unknown}"`);
    if (typeof username !== 'string' || !/^[\w.@-]{1,64}$/.test(username))
      throw new Error(`${where}: username must be 1 to 64 letters, digits, . _ - or @`);
    if (DEFAULT_NAMES.includes(username))
      throw new Error(`${where}: "${username}" is a built-in account; give yours another name`);
    if (seen.has(username)) throw new Error(`${where}: "${username}" is already in the file`);
    seen.add(username);
    if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH)
      throw new Error(
        `${where} ("${username}"): password must be at least ${MIN_PASSWORD_LENGTH} characters`,
      );
    if (password === username || DEFAULT_PASSWORDS.includes(password))
      throw new Error(`${where} ("${username}"): password must not be the username or a default password`);
    if (!ROLES.includes(role as Role))
      throw new Error(`${where} ("${username}"): role must be "read", "publish", "presence" or "guide"`);
    return { username, password, role: role as Role, builtin: false };
  });
}

/** Read and check an accounts file (see parseAccounts). */
export function readAccounts(file: string): BrokerAccount[] {
  return parseAccounts(readFileSync(file, 'utf8'), file);
}
