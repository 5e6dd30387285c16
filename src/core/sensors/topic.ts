/** Split an MQTT topic or filter into its levels. */
export function topicLevels(topic: string): string[] {
  return topic.split('/');
}

/** Whether a string is a topic a client may publish to: non-empty, no wildcards, no NUL. */
export function isValidTopic(topic: string): boolean {
  return (
    topic.length > 0 &&
    topic.length <= 65_535 &&
    !/[+#]/.test(topic) &&
    !topic.includes(String.fromCharCode(0))
  );
}

/** Whether a string is a valid subscription filter: `+` fills a whole level, `#` only as the last level. */
export function isValidFilter(filter: string): boolean {
  if (filter.length === 0 || filter.length > 65_535 || filter.includes(String.fromCharCode(0))) return false;
  const levels = topicLevels(filter);
  return levels.every((level, i) => {
    if (level.includes('#')) return level === '#' && i === levels.length - 1;
    return !level.includes('+') || level === '+';
  });
}

/** Whether `topic` matches the MQTT `filter` (`+` one level, `#` this level and all below). */
export function topicMatches(filter: string, topic: string): boolean {
  const f = topicLevels(filter);
  const t = topicLevels(topic);
  // A filter starting with a wildcard does not match `$SYS`-style topics (MQTT 4.7.2).
  if (topic.startsWith('$') && (f[0] === '+' || f[0] === '#')) return false;
  for (let i = 0; i < f.length; i++) {
    const level = f[i];
    if (level === '#') return true;
    if (i >= t.length) return false;
    if (level !== '+' && level !== t[i]) return false;
  }
  return f.length === t.length;
}

/** Whether every topic `inner` can match is also matched by `outer` (for subscribe ACLs). */
export function filterCovers(outer: string, inner: string): boolean {
  const o = topicLevels(outer);
  const n = topicLevels(inner);
  for (let i = 0; i < o.length; i++) {
    const level = o[i];
    if (level === '#') return true;
    const own = n[i];
    if (own === undefined || own === '#') return false;
    if (level === '+') continue;
    if (own === '+' || own !== level) return false;
  }
  return o.length === n.length;
}
