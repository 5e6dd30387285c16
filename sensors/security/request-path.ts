/** A request's path, decoded once and checked, or why it is refused. */
export type RequestPath = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Decode the path of a request target once and check it: it must start with `/`, decode, and hold no dot
 * segment, backslash, NUL or `%` left after decoding (which a second decoding elsewhere would read again).
 * Browsers resolve `.` and `..` before they send a URL, so none of this refuses what a page asks for.
 */
export function checkRequestPath(target: string | undefined): RequestPath {
  const raw = (target ?? '').split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/')) return { ok: false, reason: 'the path must start with /' };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { ok: false, reason: 'malformed percent-encoding' };
  }
  if (/[\\\0%]/.test(path)) return { ok: false, reason: 'a backslash, NUL or encoded % in the path' };
  if (path.split('/').some((segment) => segment === '.' || segment === '..'))
    return { ok: false, reason: 'a . or .. segment in the path' };
  return { ok: true, path };
}
