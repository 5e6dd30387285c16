import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { launchBrowser, type TestBrowser } from '../support/browser.ts';
import { browserBundle } from '../support/browser-bundle.ts';

// The sensor worker's WebSocket for mqtt.js, in Chromium against a real WebSocket server: a burst of frames that
// arrives while the page is busy reaches the listener in fewer messages, with every byte in its order, and what
// came before a close is handed over before the close.
const FRAMES = 400;
/** Frame i holds i + 1 bytes, each (i + k) & 255: any lost, doubled or reordered byte shows. */
const frame = (i: number): Buffer => Buffer.from(Array.from({ length: i + 1 }, (_, k) => (i + k) & 255));
const SMALL = Array.from({ length: FRAMES }, (_, i) => frame(i));
/** A megabyte and a bit in frames of 100 KB. */
const BIG = Array.from({ length: 12 }, (_, i) => Buffer.alloc(100 * 1024, i));

/** The byte count and FNV-1a hash of frames, as the page works them out. */
function fnv(frames: readonly Buffer[]): [number, number] {
  let hash = 0x811c9dc5;
  let bytes = 0;
  for (const f of frames)
    for (const b of f) {
      hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
      bytes++;
    }
  return [bytes, hash];
}

/** Count the frames the browser's own WebSocket receives, under the name the module opens it by. */
const COUNT_FRAMES = `globalThis.frames = 0;
globalThis.WebSocket = class extends WebSocket {
  constructor(...args) { super(...args); this.addEventListener('message', () => globalThis.frames++); }
};`;

interface Seen {
  /** How many bytes came, and their FNV-1a hash. */
  bytes: number;
  hash: number;
  messages: number;
  largest: number;
  frames: number;
  closeCode: number;
  /** Bytes that had come when the close was heard. */
  bytesAtClose: number;
}

describe('the joined WebSocket', () => {
  let http: Server;
  let wss: WebSocketServer;
  let browser: TestBrowser;
  let url = '';
  let protocol = '';
  let moduleSource = '';

  beforeAll(async () => {
    http = createServer((_request, response) => response.end('<!doctype html><title>joined</title>'));
    wss = new WebSocketServer({ server: http });
    wss.on('connection', (ws: WebSocket, request) => {
      protocol = request.headers['sec-websocket-protocol'] ?? '';
      // On "go", the burst in one write, then the end the client asked for.
      ws.on('message', (data) => {
        const [what, end] = data.toString().split(' ');
        for (const f of what === 'big' ? BIG : SMALL) ws.send(f, { binary: true });
        if (end === 'close') ws.close(4001, 'done');
        else if (end === 'cut') ws.terminate();
      });
    });
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;
    moduleSource = await browserBundle('src/sensors/joined-socket.ts', 'joined');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.dispose();
    wss?.close();
    http?.close();
  });

  /** Open the socket in a fresh page, ask for the burst ending in `end`, and keep the page busy meanwhile. */
  async function burst(what: 'small' | 'big', end: 'close' | 'cut'): Promise<Seen> {
    const { page } = await browser.open(url, { beforeLoad: COUNT_FRAMES });
    // The module as the worker runs it, its exports on `joined`.
    await page.addScriptTag({ content: moduleSource });
    return page.evaluate(
      ([wsUrl, how]) =>
        new Promise<Seen>((done) => {
          const g = globalThis as unknown as {
            joined: {
              joinedSocket(url: string, protocols: string[]): EventTarget & { send(data: string): void };
            };
            frames: number;
          };
          const socket = g.joined.joinedSocket(wsUrl, ['mqtt']);
          let bytes = 0;
          let hash = 0x811c9dc5;
          let messages = 0;
          let largest = 0;
          socket.addEventListener('open', () => {
            socket.send(how);
            // Busy, as a client taking a burst is: the frames that come meanwhile wait for the next turn.
            const until = performance.now() + 1000;
            while (performance.now() < until);
          });
          socket.addEventListener('message', (event) => {
            messages++;
            largest = Math.max(largest, (event as MessageEvent<ArrayBuffer>).data.byteLength);
            for (const b of new Uint8Array((event as MessageEvent<ArrayBuffer>).data)) {
              hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
              bytes++;
            }
          });
          socket.addEventListener('close', (event) =>
            done({
              bytes,
              hash,
              messages,
              largest,
              frames: g.frames,
              closeCode: (event as CloseEvent).code,
              bytesAtClose: bytes,
            }),
          );
        }),
      [url.replace('http', 'ws'), `${what} ${end}`] as const,
    );
  }

  it('hands over a burst in fewer messages, every byte in order, and then the close', async () => {
    const seen = await burst('small', 'close');
    expect(seen.frames).toBe(FRAMES);
    expect([seen.bytes, seen.hash]).toEqual(fnv(SMALL));
    expect(seen.messages).toBeGreaterThan(0);
    expect(seen.messages).toBeLessThan(FRAMES / 4);
    expect(seen.closeCode).toBe(4001);
    expect(seen.bytesAtClose).toBe(seen.bytes);
    expect(protocol).toBe('mqtt');
  });

  it('hands over what came before a connection that was cut', async () => {
    const seen = await burst('small', 'cut');
    expect([seen.bytes, seen.hash]).toEqual(fnv(SMALL));
    expect(seen.closeCode).toBe(1006);
  });

  it('hands a large burst over in parts of at most 256 KB, so mqtt.js never holds a huge list of packets', async () => {
    const seen = await burst('big', 'close');
    expect([seen.bytes, seen.hash]).toEqual(fnv(BIG));
    expect(seen.largest).toBeLessThanOrEqual(256 * 1024);
    expect(seen.messages).toBeGreaterThanOrEqual(Math.ceil((BIG.length * 100) / 256));
    expect(seen.messages).toBeLessThan(BIG.length);
  });
});
