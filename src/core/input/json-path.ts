/** Split a path like `a.b[0].c` or `a.b.0.c` into its keys; an empty path means the whole value. */
export function splitPath(path: string): string[] {
  const keys: string[] = [];
  for (const part of path.split('.')) {
    // `list[2][0]` becomes `list`, `2`, `0`.
    const match = /^([^[\]]*)((?:\[[^[\]]*\])*)$/.exec(part);
    if (!match) {
      keys.push(part);
      continue;
    }
    if (match[1]) keys.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)) {
      keys.push((index[1] ?? '').replace(/^["']|["']$/g, ''));
    }
  }
  return keys.filter((key) => key !== '');
}

/** The value at `path` inside parsed JSON, or undefined; only own properties, so `__proto__` finds nothing. */
export function getPath(value: unknown, path: string | readonly string[]): unknown {
  const keys = typeof path === 'string' ? splitPath(path) : path;
  let current: unknown = value;
  for (const key of keys) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(key)) return undefined;
      current = current[Number(key)];
    } else if (current !== null && typeof current === 'object') {
      if (!Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
  }
  return current;
}
