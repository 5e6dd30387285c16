import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import mqttPacket from 'mqtt-packet';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { Account } from './accounts.ts';
import { createFrameJoiner } from './frame-joiner.ts';
import { clientAddress } from './security/address.ts';
import { createPacketSizeCheck, readFixedHeader } from './security/packet-size.ts';
import { refuseUpgrade } from './security/refuse-upgrade.ts';
import type { RefusalLog } from './security/refusals.ts';

/** Options of the /mqtt proxy to a city's own broker. */
export interface BrokerProxyOptions {
  /** The broker's `ws:`/`wss:` URL from the config file. */
  target: string;
  /** Further brokers with the same topics (config `brokers`), tried in turn when the one in use cannot be reached. */
  fallbacks?: readonly string[];
  /** The viewer account from the config file; it stays on the server. Empty: the page's own login goes on. */
  account: Account;
  maxPacketSize: number;
  maxConnections: number;
  refusals: RefusalLog;
  log: (line: string) => void;
}

/** The page's /mqtt, passed on to the city's broker. */
export interface BrokerProxy {
  /** Take over a WebSocket upgrade on /mqtt whose Host and Origin were checked. */
  acceptWeb(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  dispose(): Promise<void>;
}

/**
 * Pass /mqtt on to the city's broker, logging in with the account the server holds: the page's CONNECT gets the
 * file's username and password put in, so no password reaches a browser. Upgrades wait until the broker has
 * answered, so a broker that is down is a refused WebSocket (502), as a direct connection would be.
 */
export function createBrokerProxy(options: BrokerProxyOptions): BrokerProxy {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPacketSize });
  const upstreams = new Set<WebSocket>();
  let failures = 0;
  const targets = [options.target, ...(options.fallbacks ?? [])];
  // The broker that answered last: every new page goes there first.
  let preferred = 0;
  return {
    acceptWeb(request, socket, head) {
      socket.on('error', () => socket.destroy());
      const address = clientAddress(request.socket.remoteAddress);
      if (upstreams.size >= options.maxConnections) {
        options.refusals.refuse(
          'connections',
          `a connection from ${address} over /mqtt: ${options.maxConnections} open`,
        );
        return refuseUpgrade(socket, 503, 'Too many connections');
      }
      const attempt = (tried: number): void => {
        const k = (preferred + tried) % targets.length;
        const target = targets[k]!;
        const upstream = new WebSocket(target, 'mqtt', { handshakeTimeout: 10_000, maxPayload: 1 << 20 });
        upstreams.add(upstream);
        upstream.once('close', () => upstreams.delete(upstream));
        socket.once('close', () => upstream.readyState === WebSocket.CONNECTING && upstream.terminate());
        upstream.once('error', (error) => {
          // Open: the relay ends both. The page gone: it gave up, the broker did nothing wrong.
          if (upstream.readyState === WebSocket.OPEN || socket.destroyed) return;
          upstreams.delete(upstream);
          if (tried + 1 < targets.length) return attempt(tried + 1);
          // Once per outage, not once per retry of every page.
          if (failures++ === 0) options.log(`The broker ${target} cannot be reached: ${error.message}`);
          refuseUpgrade(socket, 502, 'The broker cannot be reached');
        });
        upstream.once('open', () => {
          if (failures > 0 || k !== preferred) options.log(`The broker ${target} answers.`);
          failures = 0;
          preferred = k;
          if (socket.destroyed) return upstream.terminate();
          wss.handleUpgrade(request, socket, head, (page) => relay(page, upstream, address));
        });
      };
      attempt(0);
    },
    async dispose() {
      for (const upstream of upstreams) upstream.terminate();
      for (const page of wss.clients) page.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };

  function relay(page: WebSocket, upstream: WebSocket, address: string): void {
    const sizeCheck = createPacketSizeCheck(options.maxPacketSize);
    let first: Buffer | undefined = Buffer.alloc(0);
    const end = (): void => {
      page.terminate();
      upstream.terminate();
    };
    page.on('error', end).once('close', end);
    upstream.on('error', end).once('close', end);
    // The broker's packets reach the page joined: a retained burst in a few frames, not one frame per packet.
    const toPage = createFrameJoiner(page);
    upstream.on('message', (data: RawData) => toPage(data as Buffer));
    page.on('message', (data: RawData) => {
      const chunk = data as Buffer;
      const size = sizeCheck(chunk);
      if (size !== 0) {
        options.refusals.refuse('packet-size', `a ${size}-byte packet from ${address} over /mqtt`);
        return end();
      }
      if (first === undefined) return upstream.send(chunk, { binary: true });
      // Hold bytes back until the CONNECT is whole, then send it with the server's account in it.
      first = Buffer.concat([first, chunk]);
      const header = readFixedHeader(first);
      if (header === undefined) return;
      if (header === 'malformed') return end();
      const length = header.headerLength + header.remainingLength;
      if (first.length < length) return;
      const connect = withAccount(first.subarray(0, length), options.account);
      if (!connect) return end();
      upstream.send(Buffer.concat([connect, first.subarray(length)]), { binary: true });
      first = undefined;
    });
  }
}

/** The CONNECT packet with this account in it, or undefined when the bytes are not a CONNECT. */
export function withAccount(bytes: Uint8Array, account: Account): Buffer | undefined {
  let packet: mqttPacket.Packet | undefined;
  const parser = mqttPacket.parser();
  parser.on('packet', (p) => (packet ??= p));
  parser.on('error', () => (packet = undefined));
  parser.parse(Buffer.from(bytes));
  if (packet?.cmd !== 'connect') return undefined;
  if (account.username !== '') {
    packet.username = account.username;
    packet.password = account.password === '' ? undefined : Buffer.from(account.password, 'utf8');
  }
  return mqttPacket.generate(packet);
}
