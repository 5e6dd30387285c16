import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { Aedes, type AuthErrorCode, type AuthenticateError, type Client } from 'aedes';
import { WebSocketServer, type WebSocket } from 'ws';
import { joinedWebSocketStream } from './frame-joiner.ts';
import { explainListenError } from './port-error.ts';
import { mayPublishAs, maySubscribeAs, type BrokerAccount, type LoginPlace } from './accounts.ts';
import { LOGIN_REFUSALS, createBrokerLogin, describeSource, type LoginOutcome } from './broker-login.ts';
import { clientAddress } from './security/address.ts';
import { guardStream } from './security/guard-stream.ts';
import type { LoginDelayPolicy } from './security/login-throttle.ts';
import { createPacketSizeCheck } from './security/packet-size.ts';
import { refuseUpgrade } from './security/refuse-upgrade.ts';
import type { RefusalLog } from './security/refusals.ts';
import { checkUpgrade } from './security/upgrade-check.ts';
import { countSubscriptions } from './subscription-count.ts';

/** The limits of the embedded broker, the same as sensors/mosquitto/mosquitto.conf where Mosquitto has them. */
export interface BrokerLimits {
  /** Largest MQTT packet, header included (`max_packet_size`). */
  maxPacketSize: number;
  /** Retained topics under one top-level topic (`city/…`, `v1.1/…`); Mosquitto has no such setting. */
  maxRetainedPerTree: number;
  /** Connections at once on each way in: TCP, the WebSocket port, /mqtt (`max_connections` per listener). */
  maxConnections: number;
  /** How failed logins are slowed down, per client address. */
  login: Partial<LoginDelayPolicy>;
}

/** 16 KB packets, 10,000 retained topics per tree, 500 connections per way in. */
export const BROKER_LIMITS: BrokerLimits = {
  maxPacketSize: 16_384,
  maxRetainedPerTree: 10_000,
  maxConnections: 500,
  login: {},
};

/** Options of the embedded broker. Port 0 picks a free port. */
export interface BrokerOptions {
  /** Where MQTT over TCP listens: 127.0.0.1, or every interface when the stand's own accounts publish from the LAN. */
  tcpHost: string;
  mqttPort: number;
  wsPort: number;
  topicPrefix: string;
  accounts: readonly BrokerAccount[];
  /** The stand's own accounts may log in from beyond this machine (`--lan-publish`). */
  lanAccounts: boolean;
  /** Origins whose pages may open the WebSocket port; asked on each upgrade (the web server starts later). */
  origins: () => readonly string[];
  limits: BrokerLimits;
  refusals: RefusalLog;
  log: (line: string) => void;
}

/** A running embedded broker: its actual ports, the page's way in, and a dispose that closes every socket. */
export interface EmbeddedBroker {
  mqttPort: number;
  wsPort: number;
  /** Take over a WebSocket upgrade on the web server's /mqtt, its Host and Origin already checked. */
  acceptWeb(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Subscriptions held now, over all clients. */
  subscriptions(): number;
  dispose(): Promise<void>;
}

type Path = LoginPlace['path'];
interface Connection {
  path: Path;
  address: string;
  role?: BrokerAccount['role'];
}

const RETURN_CODES: Record<Exclude<LoginOutcome, { ok: true }>['why'], number> = {
  'wrong-password': 4,
  'not-here': 5,
  anonymous: 5,
  flooded: 5,
};

/** Start an aedes broker with MQTT over TCP and over WebSocket, enforcing the twin's accounts, ACL and limits. */
export async function startBroker(options: BrokerOptions): Promise<EmbeddedBroker> {
  const { limits, refusals } = options;
  const connections = new WeakMap<object, Connection>();
  const open: Record<Path, number> = { tcp: 0, ws: 0, web: 0 };
  const login = createBrokerLogin({
    accounts: options.accounts,
    lanAccounts: options.lanAccounts,
    delays: limits.login,
    refusals,
  });
  const retained = new Map<string, Set<string>>();
  const connectionOf = (client: Client | null): Connection | undefined =>
    client ? connections.get(client.conn) : undefined;

  const broker = await Aedes.createBroker({
    authenticate: (client, username, password, done) => {
      const connection = connectionOf(client);
      if (!connection) return done(refusal('not-here'), false);
      void login(connection, username, password?.toString('utf8')).then((outcome) => {
        if (!outcome.ok) return done(refusal(outcome.why), false);
        connection.role = outcome.role;
        done(null, true);
      });
    },
    authorizePublish: (client, packet, done) => {
      // client is null for messages the broker itself publishes ($SYS); those stay allowed.
      if (!client) return done(null);
      if (!mayPublishAs(connectionOf(client)?.role, packet.topic, options.topicPrefix)) {
        return done(new Error(`publishing to ${packet.topic} is not allowed`));
      }
      if (packet.retain && !keepRetained(packet.topic, packet.payload.length > 0)) {
        refusals.refuse(
          'retained',
          `a retained message on ${packet.topic}: ${limits.maxRetainedPerTree} retained topics under ` +
            `${treeOf(packet.topic)}/ already`,
        );
        return done(new Error('too many retained messages'));
      }
      done(null);
    },
    authorizeSubscribe: (client, subscription, done) => {
      if (!maySubscribeAs(connectionOf(client)?.role, subscription.topic, options.topicPrefix))
        return done(null, null);
      done(null, subscription);
    },
  });

  const subscriptions = countSubscriptions(broker);
  const treeOf = (topic: string): string => topic.split('/', 1)[0] ?? '';
  const keepRetained = (topic: string, stored: boolean): boolean => {
    const tree = treeOf(topic);
    const topics = retained.get(tree) ?? new Set<string>();
    retained.set(tree, topics);
    if (!stored) {
      // An empty retained message clears the topic, which frees its place.
      topics.delete(topic);
      return true;
    }
    if (!topics.has(topic) && topics.size >= limits.maxRetainedPerTree) return false;
    topics.add(topic);
    return true;
  };

  /** Hand a connection to aedes, counted, with every packet's size checked before aedes reads it. */
  const serve = (stream: Duplex, path: Path, address: string): void => {
    open[path]++;
    const checked = guardStream(stream, createPacketSizeCheck(limits.maxPacketSize), (size) =>
      refusals.refuse(
        'packet-size',
        size < 0
          ? `a malformed packet ${describeSource({ path, address })}`
          : `a ${size}-byte packet ${describeSource({ path, address })} (limit ${limits.maxPacketSize})`,
      ),
    );
    checked.once('close', () => open[path]--);
    connections.set(checked, { path, address });
    broker.handle(checked);
  };
  const full = (path: Path, address: string): boolean => {
    if (open[path] < limits.maxConnections) return false;
    refusals.refuse(
      'connections',
      `a connection ${describeSource({ path, address })}: ${limits.maxConnections} open`,
    );
    return true;
  };

  const sockets = new Set<Socket>();
  const tcp = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const address = clientAddress(socket.remoteAddress);
    if (full('tcp', address)) return void socket.destroy();
    serve(socket, 'tcp', address);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPacketSize });
  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer, path: Path): void => {
    socket.on('error', () => socket.destroy());
    const address = clientAddress(request.socket.remoteAddress);
    if (full(path, address)) return refuseUpgrade(socket, 503, 'Too many connections');
    wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      ws.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH')
          refusals.refuse(
            'packet-size',
            `a WebSocket message over ${limits.maxPacketSize} bytes from ${address}`,
          );
      });
      serve(joinedWebSocketStream(ws), path, address);
    });
  };
  const wsHttp = createHttpServer((_request, response) => {
    response
      .writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('MQTT over WebSocket only.\n');
  });
  wsHttp.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refused = checkUpgrade(request.headers, options.origins());
    if (!refused) return upgrade(request, socket, head, 'ws');
    socket.on('error', () => socket.destroy());
    refusals.refuse(`ws-${refused.reason}`, `a WebSocket to the broker's port: ${refused.detail}`);
    refuseUpgrade(socket, refused.status, refused.detail);
  });

  const closeAll = async (): Promise<void> => {
    for (const client of wss.clients) client.terminate();
    for (const socket of sockets) socket.destroy();
    wsHttp.closeAllConnections();
    await Promise.all([close(tcp), close(wsHttp)]);
    await new Promise<void>((resolve) => broker.close(() => resolve()));
  };
  try {
    const mqttPort = await listen(tcp, options.tcpHost, options.mqttPort, '--mqtt-port');
    // The WebSocket port stays on this machine: the LAN reaches the broker only through /mqtt.
    const wsPort = await listen(wsHttp, '127.0.0.1', options.wsPort, '--ws-port');
    return {
      mqttPort,
      wsPort,
      acceptWeb: (request, socket, head) => upgrade(request, socket, head, 'web'),
      subscriptions: () => subscriptions.count(),
      dispose: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

function refusal(why: keyof typeof RETURN_CODES): AuthenticateError {
  const error = new Error(LOGIN_REFUSALS[why]) as AuthenticateError;
  error.returnCode = RETURN_CODES[why] as AuthErrorCode;
  return error;
}

async function listen(server: Server, host: string, port: number, option: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(explainListenError(error, port, option)));
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

async function close(server: Server): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
