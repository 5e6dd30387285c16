// A second origin on another loopback port, playing a foreign web site (or a foreign broker) in the security tests.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import mqttPacket from 'mqtt-packet';
import { WebSocketServer } from 'ws';

/** One file the foreign site serves. */
export interface ForeignFile {
  type: string;
  body: string | Buffer;
}

/** A running foreign site: its origin, what was asked of it, and every MQTT CONNECT it was sent. */
export interface ForeignSite {
  origin: string;
  port: number;
  /** Paths of every HTTP request, in order. */
  requests: string[];
  /** Every WebSocket that reached it, and the CONNECT packet each sent (a broker would see its password). */
  connects: mqttPacket.IConnectPacket[];
  upgrades: number;
  dispose(): Promise<void>;
}

/**
 * Serve `files` on 127.0.0.1 at a free port, and answer any WebSocket as an MQTT broker would, far enough to
 * record the CONNECT (username and password included) and accept it.
 */
export async function startForeignSite(files: Record<string, ForeignFile> = {}): Promise<ForeignSite> {
  const requests: string[] = [];
  const connects: mqttPacket.IConnectPacket[] = [];
  let upgrades = 0;
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    requests.push(path);
    const file = files[path];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file.type }).end(file.body);
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    upgrades++;
    wss.handleUpgrade(request, socket, head, (ws) => {
      const parser = mqttPacket.parser();
      parser.on('packet', (packet) => {
        if (packet.cmd !== 'connect') return;
        connects.push(packet);
        ws.send(mqttPacket.generate({ cmd: 'connack', returnCode: 0, sessionPresent: false }));
      });
      ws.on('message', (data) => parser.parse(data as Buffer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    connects,
    get upgrades() {
      return upgrades;
    },
    async dispose() {
      for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
