import mqtt, { type MqttClient } from 'mqtt';
import type { SocketForMqtt } from './joined-socket.ts';

/** What the HUD says about the broker. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';

/** Options of the viewer's broker connection. */
export interface MqttConnectionOptions {
  url: string;
  /** Further brokers with the same topics (bridged or clustered), tried in turn after `url` (mqtt.js servers). */
  servers?: readonly string[];
  username: string;
  password: string;
  topics: readonly string[];
  onMessage: (topic: string, payload: Uint8Array) => void;
  onState: (state: ConnectionState, detail: string) => void;
  /** First reconnect delay; it doubles up to `maxReconnectMs` and resets once connected. */
  minReconnectMs: number;
  maxReconnectMs: number;
  /** Opens the WebSocket in a browser (mqtt.js's `createWebsocket`); the default is the browser's own. */
  createSocket?: (url: string, protocols: string[]) => SocketForMqtt;
}

/** Reconnect quickly at first, then back off so a broker that is down is not hammered. */
export const MQTT_CONNECTION_DEFAULTS = { minReconnectMs: 1000, maxReconnectMs: 30_000 };

/** A subscription to the city's sensor topics that survives broker restarts; dispose() ends it. */
export interface MqttConnection {
  state(): ConnectionState;
  dispose(): Promise<void>;
}

/** Connect, subscribe once (mqtt.js resubscribes after a reconnect, so nothing is subscribed twice). */
export function createMqttConnection(
  partial: Omit<MqttConnectionOptions, keyof typeof MQTT_CONNECTION_DEFAULTS> &
    Partial<MqttConnectionOptions>,
): MqttConnection {
  const options: MqttConnectionOptions = { ...MQTT_CONNECTION_DEFAULTS, ...partial };
  let state: ConnectionState = 'connecting';
  const set = (next: ConnectionState, detail = ''): void => {
    state = next;
    options.onState(next, detail);
  };
  const client: MqttClient = mqtt.connect(options.url, {
    username: options.username || undefined,
    password: options.password || undefined,
    reconnectPeriod: options.minReconnectMs,
    connectTimeout: 10_000,
    clean: true,
    resubscribe: true,
    // The viewer never publishes; nothing may pile up while offline.
    queueQoSZero: false,
    ...failover(options.url, options.servers ?? []),
    ...(options.createSocket ? { createWebsocket: options.createSocket } : {}),
  });
  let delay = options.minReconnectMs;
  let subscribed = false;
  client.on('connect', () => {
    delay = options.minReconnectMs;
    client.options.reconnectPeriod = delay;
    set('connected');
    if (!subscribed) {
      subscribed = true;
      client.subscribe([...options.topics], { qos: 0 });
    }
  });
  client.on('reconnect', () => {
    delay = Math.min(options.maxReconnectMs, delay * 2);
    client.options.reconnectPeriod = delay;
    set('reconnecting');
  });
  client.on('offline', () => set('offline'));
  client.on('error', (error) => {
    // A refused login will not fix itself by retrying at full speed; say so and keep backing off.
    const code = (error as { code?: number }).code;
    if (code === 4 || code === 5 || code === 134 || code === 135) set('refused', error.message);
  });
  client.on('message', (topic, payload) => options.onMessage(topic, payload));
  return {
    state: () => state,
    dispose: () => client.endAsync(true),
  };
}

/** mqtt.js's servers list: each reconnect goes to the next broker, on the path of the first URL. */
function failover(
  url: string,
  servers: readonly string[],
): { servers?: { host: string; port: number; protocol: 'ws' | 'wss' }[] } {
  if (servers.length === 0) return {};
  return {
    servers: [url, ...servers].map((u) => {
      const parsed = new URL(u);
      const protocol = parsed.protocol === 'wss:' ? 'wss' : 'ws';
      return {
        host: parsed.hostname,
        port: Number(parsed.port) || (protocol === 'wss' ? 443 : 80),
        protocol,
      };
    }),
  };
}
