import { createHash, timingSafeEqual } from 'node:crypto';
import { filterCovers, isValidFilter, isValidTopic, topicMatches } from '../src/core/sensors/topic.ts';
import { STAND_ACCOUNTS, standTopicRoot } from '../src/core/exhibit/stand-topics.ts';
import { replayClockTopic } from '../src/core/exhibit/replay-clock.ts';

/** One broker account. */
export interface Account {
  username: string;
  password: string;
}

/** The accounts of the embedded broker and of sensors/mosquitto's defaults: for local tests only, never production. */
export const DEFAULT_ACCOUNTS = {
  viewer: { username: 'viewer', password: 'viewer' },
  simulator: { username: 'simulator', password: 'simulator' },
} as const satisfies Record<string, Account>;

/**
 * What an account may do: read the city's topics (the viewer's rights) or also publish them (the simulator's);
 * on the stand, publish a headset's pose and read the guide's suggestions (`presence`), or the reverse (`guide`).
 */
export type Role = 'read' | 'publish' | 'presence' | 'guide';

/** An account the embedded broker knows: its role, and whether it is one of the well-known defaults. */
export interface BrokerAccount extends Account {
  role: Role;
  builtin: boolean;
}

/** The defaults as broker accounts: the viewer reads, the simulator publishes. */
export const BUILTIN_ACCOUNTS: readonly BrokerAccount[] = [
  { ...DEFAULT_ACCOUNTS.viewer, role: 'read', builtin: true },
  { ...DEFAULT_ACCOUNTS.simulator, role: 'publish', builtin: true },
  { ...STAND_ACCOUNTS.presence, role: 'presence', builtin: true },
  { ...STAND_ACCOUNTS.guide, role: 'guide', builtin: true },
];

/** The ACL of a role, the same rules as sensors/mosquitto/acl: filters it may read and write. */
export function aclForRole(role: Role | undefined, prefix: string): { read: string[]; write: string[] } {
  // A replay (with the publishing account) tells its clock beside the readings; the viewer follows it.
  const clock = replayClockTopic(prefix);
  if (role === 'read') return { read: [`${prefix}/#`, 'v1.1/#', clock], write: [] };
  if (role === 'publish') return { read: [`${prefix}/#`, clock], write: [`${prefix}/#`, 'v1.1/#', clock] };
  const stand = standTopicRoot(prefix);
  if (role === 'presence') return { read: [`${stand}/guide/+`], write: [`${stand}/presence/+`] };
  if (role === 'guide') return { read: [`${stand}/presence/+`], write: [`${stand}/guide/+`] };
  return { read: [], write: [] };
}

/** The ACL as data for the default accounts, the same rules as sensors/mosquitto/acl. */
export function aclFor(username: string | undefined, prefix: string): { read: string[]; write: string[] } {
  return aclForRole(BUILTIN_ACCOUNTS.find((a) => a.username === username)?.role, prefix);
}

/** Whether this user may publish to this topic (viewer: nothing; simulator: under the prefix and SensorThings). */
export function mayPublish(username: string | undefined, topic: string, prefix: string): boolean {
  return mayPublishAs(BUILTIN_ACCOUNTS.find((a) => a.username === username)?.role, topic, prefix);
}

/** Whether this user may subscribe with this filter: every topic it matches must be readable. */
export function maySubscribe(username: string | undefined, filter: string, prefix: string): boolean {
  return maySubscribeAs(BUILTIN_ACCOUNTS.find((a) => a.username === username)?.role, filter, prefix);
}

/** Whether a client with this role may publish to this topic. */
export function mayPublishAs(role: Role | undefined, topic: string, prefix: string): boolean {
  if (!isValidTopic(topic)) return false;
  return aclForRole(role, prefix).write.some((filter) => topicMatches(filter, topic));
}

/** Whether a client with this role may subscribe with this filter. */
export function maySubscribeAs(role: Role | undefined, filter: string, prefix: string): boolean {
  if (!isValidFilter(filter)) return false;
  return aclForRole(role, prefix).read.some((allowed) => filterCovers(allowed, filter));
}

/** Where a login comes from: which way into the broker, and whether from this machine. */
export interface LoginPlace {
  /** `tcp` and `ws`: the broker's own ports; `web`: the page's `/mqtt` on the web server. */
  path: 'tcp' | 'ws' | 'web';
  loopback: boolean;
  /** The stand said at start that its own accounts may log in from the LAN (`--lan-publish`). */
  lanAccounts: boolean;
}

/** A login's outcome: the role it gets, or why not. */
export type LoginDecision =
  | { ok: true; role: Role; username: string }
  | { ok: false; why: 'anonymous' | 'wrong-password' | 'not-here' };

/** The name the broker logs for the page that came in on /mqtt without an account. */
export const WEB_VIEWER = '(web viewer)';

/**
 * Who may log in where. The page on /mqtt needs no account: it is the viewer. The defaults' well-known
 * passwords work on this machine only, and the publishing one never on /mqtt; but the headsets' `presence`
 * account works on /mqtt from wherever the web server is reachable (the headsets are on the stand's network,
 * and it can publish nothing but poses). The stand's own accounts work from the LAN only with `lanAccounts`.
 * Passwords are compared in constant time.
 */
export function decideLogin(
  accounts: readonly BrokerAccount[],
  username: string | undefined,
  password: string | undefined,
  place: LoginPlace,
): LoginDecision {
  if (username === undefined && password === undefined) {
    return place.path === 'web'
      ? { ok: true, role: 'read', username: WEB_VIEWER }
      : { ok: false, why: 'anonymous' };
  }
  const account = accounts.find((a) => a.username === username && samePassword(a.password, password ?? ''));
  if (!account) return { ok: false, why: 'wrong-password' };
  const here = account.builtin
    ? (place.loopback && !(account.role === 'publish' && place.path === 'web')) ||
      (account.role === 'presence' && place.path === 'web')
    : place.loopback || place.lanAccounts;
  return here ? { ok: true, role: account.role, username: account.username } : { ok: false, why: 'not-here' };
}

function samePassword(expected: string, given: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
