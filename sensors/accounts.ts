import { filterCovers, isValidFilter, isValidTopic, topicMatches } from '../src/core/sensors/topic.ts';

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

/** The ACL as data, the same rules as sensors/mosquitto/acl: filters each user may read and write. */
export function aclFor(username: string | undefined, prefix: string): { read: string[]; write: string[] } {
  if (username === DEFAULT_ACCOUNTS.viewer.username) return { read: [`${prefix}/#`, 'v1.1/#'], write: [] };
  if (username === DEFAULT_ACCOUNTS.simulator.username)
    return { read: [`${prefix}/#`], write: [`${prefix}/#`, 'v1.1/#'] };
  return { read: [], write: [] };
}

/** Whether this user may publish to this topic (viewer: nothing; simulator: under the prefix and SensorThings). */
export function mayPublish(username: string | undefined, topic: string, prefix: string): boolean {
  if (!isValidTopic(topic)) return false;
  return aclFor(username, prefix).write.some((filter) => topicMatches(filter, topic));
}

/** Whether this user may subscribe with this filter: every topic it matches must be readable. */
export function maySubscribe(username: string | undefined, filter: string, prefix: string): boolean {
  if (!isValidFilter(filter)) return false;
  return aclFor(username, prefix).read.some((allowed) => filterCovers(allowed, filter));
}
