import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Aedes, type AuthErrorCode, type AuthenticateError } from 'aedes';
import { WebSocketServer, createWebSocketStream } from 'ws';
import { explainListenError } from './port-error.ts';
import { mayPublish, maySubscribe } from './accounts.ts';

/** Options of the embedded broker. Port 0 picks a free port. */
export interface BrokerOptions {
  host: string;
  mqttPort: number;
  wsPort: number;
  topicPrefix: string;
  accounts: readonly { username: string; password: string }[];
}

/** A running embedded broker: its actual ports, and a dispose that closes every socket. */
export interface EmbeddedBroker {
  mqttPort: number;
  wsPort: number;
  dispose(): Promise<void>;
}

const BAD_CREDENTIALS = 4 as AuthErrorCode.BAD_USERNAME_OR_PASSWORD;

/** Start an aedes broker with MQTT over TCP and over WebSocket, enforcing the twin's accounts and ACL. */
export async function startBroker(options: BrokerOptions): Promise<EmbeddedBroker> {
  // aedes does not keep the username on the client, so the ACL looks it up here.
  const users = new WeakMap<object, string>();
  const username = (client: object): string | undefined => users.get(client);
  const broker = await Aedes.createBroker({
    authenticate: (client, name, password, done) => {
      const ok = options.accounts.some((a) => a.username === name && a.password === password?.toString());
      if (ok && name !== undefined) {
        users.set(client, name);
        return done(null, true);
      }
      const error = new Error('bad username or password') as AuthenticateError;
      error.returnCode = BAD_CREDENTIALS;
      done(error, false);
    },
    authorizePublish: (client, packet, done) => {
      // client is null for messages the broker itself publishes ($SYS); those stay allowed.
      if (client && !mayPublish(username(client), packet.topic, options.topicPrefix)) {
        return done(new Error(`publishing to ${packet.topic} is not allowed`));
      }
      done(null);
    },
    authorizeSubscribe: (client, subscription, done) => {
      if (!maySubscribe(username(client), subscription.topic, options.topicPrefix)) return done(null, null);
      done(null, subscription);
    },
  });
  const tcp = createServer(broker.handle);
  const mqttPort = await listen(tcp, options.host, options.mqttPort, '--mqtt-port');
  const wss = new WebSocketServer({ host: options.host, port: options.wsPort });
  const wsPort = await new Promise<number>((resolve, reject) => {
    wss.once('listening', () => resolve((wss.address() as AddressInfo).port));
    wss.once('error', (error) => reject(explainListenError(error, options.wsPort, '--ws-port')));
  }).catch(async (error: unknown) => {
    await closeTcp(tcp);
    await new Promise<void>((resolve) => broker.close(() => resolve()));
    throw error;
  });
  wss.on('connection', (socket, request) => {
    const stream = createWebSocketStream(socket);
    stream.on('error', () => socket.terminate());
    broker.handle(stream, request);
  });
  return {
    mqttPort,
    wsPort,
    async dispose() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await closeTcp(tcp);
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    },
  };
}

async function listen(server: Server, host: string, port: number, option: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(explainListenError(error, port, option)));
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

async function closeTcp(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
