// The foreign site's page in the security tests: it logs in to a broker WebSocket with the simulator's
// well-known account and publishes a retained 66.6 °C, as the page that got in before did.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ForeignFile } from './foreign-site.ts';

/** mqtt.js's browser bundle, as the foreign site serves it at /mqtt.min.js. */
export const MQTT_BUNDLE: ForeignFile = {
  type: 'text/javascript',
  body: readFileSync(resolve(import.meta.dirname, '../../node_modules/mqtt/dist/mqtt.min.js')),
};

/**
 * The attacker's page: for each `?<name>=<ws url>` it connects with the simulator account and, if let in,
 * publishes a retained `66.6` to `?topic=`. `window.attack[name]` ends as 'published' or 'closed', and
 * `window.attack.config` holds the status of a fetch of the twin's config file (`?config=`).
 */
export const ATTACK_PAGE: ForeignFile = {
  type: 'text/html',
  body: `<!doctype html>
<meta charset="utf-8">
<title>Gewinnspiel</title>
<script src="/mqtt.min.js"></script>
<script>
  const query = new URLSearchParams(location.search);
  window.attack = {};
  for (const [name, url] of query) {
    if (name === 'topic') continue;
    if (name === 'config') {
      fetch(url).then((r) => (window.attack.config = r.status), () => (window.attack.config = 'failed'));
      continue;
    }
    const client = mqtt.connect(url, { username: 'simulator', password: 'simulator', reconnectPeriod: 0 });
    client.on('connect', () =>
      client.publish(query.get('topic'), '66.6', { qos: 1, retain: true }, () => (window.attack[name] = 'published')),
    );
    client.on('close', () => (window.attack[name] ??= 'closed'));
  }
</script>`,
};
