import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { MAX_JOINED_BYTES, createFrameJoiner, joinedWebSocketStream } from '../../../sensors/frame-joiner.ts';

// Real WebSockets on loopback: what the server sends in a burst reaches the client in order, in few frames.
const packets = Array.from({ length: 20_000 }, (_, i) => Buffer.from(`packet ${i};`.padEnd(100, '.')));
const whole = Buffer.concat(packets).toString();

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A server whose connection goes to `serve`, and a client that collects frames until it has `bytes`. */
async function burst(
  serve: (ws: WebSocket) => void,
): Promise<{ frames: number; largest: number; text: string }> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(server, 'listening');
  server.on('connection', serve);
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  close = async () => {
    client.terminate();
    await new Promise<void>((done) => server.close(() => done()));
  };
  const frames: Buffer[] = [];
  let bytes = 0;
  await new Promise<void>((done) =>
    client.on('message', (data: Buffer) => {
      frames.push(data);
      bytes += data.length;
      if (bytes >= whole.length) done();
    }),
  );
  const largest = Math.max(...frames.map((f) => f.length));
  return { frames: frames.length, largest, text: Buffer.concat(frames).toString() };
}

describe('joining packets into frames', () => {
  it('sends the first packet at once and what piles up behind it in few frames, in order', async () => {
    const { frames, largest, text } = await burst((ws) => {
      const send = createFrameJoiner(ws);
      for (const p of packets) send(p);
    });
    expect(text).toBe(whole);
    // 2 MB of packets: the first alone, the rest in frames of at most 64 KB.
    expect(frames).toBeGreaterThanOrEqual(Math.ceil(whole.length / MAX_JOINED_BYTES));
    expect(frames).toBeLessThan(packets.length / 100);
    expect(largest).toBeLessThanOrEqual(MAX_JOINED_BYTES);
  });

  it('writes what the broker stream buffered in few frames of at most 64 KB', async () => {
    const { frames, largest, text } = await burst((ws) => {
      const stream = joinedWebSocketStream(ws);
      // As the broker writes: corked for a turn, a write call per packet piece.
      stream.cork();
      for (const p of packets) stream.write(p);
      process.nextTick(() => stream.uncork());
    });
    expect(text).toBe(whole);
    expect(frames).toBeLessThan(packets.length / 100);
    // 2 MB buffered at once still leaves in frames of at most 64 KB.
    expect(frames).toBeGreaterThanOrEqual(Math.ceil(whole.length / MAX_JOINED_BYTES));
    expect(largest).toBeLessThanOrEqual(MAX_JOINED_BYTES);
  });
});
