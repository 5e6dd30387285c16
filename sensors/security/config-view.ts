/** What the page is given of the config file: status and body. */
export interface ConfigView {
  status: number;
  body: string;
}

/**
 * The config file as the page sees it from the twin's server: without `username` and `password` (the server
 * logs in on the page's behalf), and with `broker` set to `/mqtt` when the server passes /mqtt on to the
 * file's broker. No file is `{}`; a file that is not JSON is a 503, never its text (it may hold a password).
 */
export function configView(text: string | undefined, proxied: boolean): ConfigView {
  if (text === undefined) return { status: 200, body: '{}' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { status: 503, body: 'stadtzwilling.config.json is not valid JSON: see the twin server log.' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { status: 200, body: JSON.stringify(parsed) };
  const { username: _username, password: _password, ...rest } = parsed as Record<string, unknown>;
  // Proxied, the page knows only /mqtt: the server itself moves on to the next of `brokers`.
  if (proxied) {
    rest.broker = '/mqtt';
    delete rest.brokers;
  }
  return { status: 200, body: JSON.stringify(rest) };
}
