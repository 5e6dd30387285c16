import { describe, expect, it } from 'vitest';
import { configView } from '../../../../sensors/security/config-view.ts';

describe('configView', () => {
  it('serves the config without username and password, and /mqtt as the broker when the server passes it on', () => {
    const file = JSON.stringify({
      broker: 'wss://mqtt.stadt.example/mqtt',
      username: 'viewer',
      password: 'x',
      lang: 'en',
    });
    expect(JSON.parse(configView(file, true).body)).toEqual({ broker: '/mqtt', lang: 'en' });
    expect(JSON.parse(configView(file, false).body)).toEqual({
      broker: 'wss://mqtt.stadt.example/mqtt',
      lang: 'en',
    });
    expect(configView(undefined, false)).toEqual({ status: 200, body: '{}' });
    // Further brokers are the server's to try when it passes /mqtt on; the page is not told of them.
    const bridged = JSON.stringify({ broker: 'wss://a.example/mqtt', brokers: ['wss://b.example/mqtt'] });
    expect(JSON.parse(configView(bridged, true).body)).toEqual({ broker: '/mqtt' });
  });

  it('never serves the text of a file that is not JSON', () => {
    const view = configView('{ "password": "geheim", }', false);
    expect(view.status).toBe(503);
    expect(view.body).not.toContain('geheim');
  });
});
