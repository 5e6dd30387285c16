import type { MqttClient } from 'mqtt';
import type { StandAccount } from '../core/exhibit/stand-topics.ts';

/** Options of a stand part's own broker connection (a headset's presence, the guide's screen). */
export interface StandLinkOptions {
  /** The broker's WebSocket URL (the page's /mqtt on the stand). */
  url: string;
  account: StandAccount;
  /** Filters to subscribe to once connected (mqtt.js subscribes them again after a reconnect). */
  topics: readonly string[];
  onMessage: (topic: string, payload: string) => void;
  onState?: (connected: boolean) => void;
}

/** A connection of the stand's own: publish at most once, subscribe once, `dispose()` ends it. */
export interface StandLink {
  /** Publish at QoS 0, if connected; a message while offline is dropped (a pose is worthless a second later). */
  publish(topic: string, payload: string): boolean;
  connected(): boolean;
  /** Filters subscribed now (the soak checks they stay flat). */
  subscriptions(): number;
  dispose(): Promise<void>;
}

/**
 * Connect to the broker with a stand account. mqtt.js is loaded on first use, so pages that never publish
 * (every desktop visitor) do not carry it on the main thread.
 */
export function createStandLink(options: StandLinkOptions): StandLink {
  let client: MqttClient | null = null;
  let disposed = false;
  let subscribed = 0;
  const ready = import('mqtt').then(({ default: mqtt }) => {
    if (disposed) return;
    const c = mqtt.connect(options.url, {
      username: options.account.username,
      password: options.account.password,
      reconnectPeriod: 2000,
      connectTimeout: 10_000,
      clean: true,
      resubscribe: true,
      queueQoSZero: false,
    });
    client = c;
    let first = true;
    c.on('connect', () => {
      options.onState?.(true);
      if (!first || options.topics.length === 0) return;
      first = false;
      c.subscribe([...options.topics], { qos: 0 }, (error, granted) => {
        if (!error) subscribed = (granted ?? []).filter((g) => g.qos < 128).length;
      });
    });
    c.on('close', () => options.onState?.(false));
    // A broker that does not know the stand's accounts (a city's own) refuses once; then the link rests, rather
    // than knocking every two seconds. A broker that is down is retried; the page carries on either way.
    c.on('error', (error) => {
      const code = (error as { code?: number }).code;
      if (code === 4 || code === 5 || code === 134 || code === 135) void c.endAsync(true);
    });
    c.on('message', (topic, payload) => options.onMessage(topic, payload.toString()));
  });
  return {
    publish(topic, payload) {
      if (!client?.connected) return false;
      client.publish(topic, payload, { qos: 0 });
      return true;
    },
    connected: () => client?.connected ?? false,
    subscriptions: () => (client?.connected ? subscribed : 0),
    async dispose() {
      disposed = true;
      await ready;
      subscribed = 0;
      // Not forced: a goodbye published just before still goes out.
      await client?.endAsync(false);
      client = null;
    },
  };
}
