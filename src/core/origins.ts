// Origins of URLs, as the config and the server's security checks compare them.

/** The origin a URL is on, `ws:`/`wss:` counted as `http:`/`https:` (a WebSocket's Origin is its page's). */
export function originOf(url: string, base?: string): string | undefined {
  if (!URL.canParse(url, base)) return undefined;
  const u = new URL(url, base);
  const protocol = { 'ws:': 'http:', 'wss:': 'https:' }[u.protocol] ?? u.protocol;
  return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${u.host}` : undefined;
}

/** The WebSocket URL of the broker, resolving a path against the page's origin (http -> ws, https -> wss). */
export function brokerSocketUrl(broker: string, pageUrl: string): string {
  const resolved = new URL(broker, pageUrl);
  if (resolved.protocol === 'http:') resolved.protocol = 'ws:';
  if (resolved.protocol === 'https:') resolved.protocol = 'wss:';
  return resolved.toString();
}
