import type { Duplex } from 'node:stream';
import { createWebSocketStream, type WebSocket } from 'ws';
import { joinRun, runLength } from '../src/core/bytes/byte-runs.ts';

// A broker sends each MQTT packet as a WebSocket frame of its own, and a browser hands a page's worker its
// frames one at a time across processes: 100,000 retained readings were 100,000 frames and seconds of delivery,
// whatever client read them. MQTT over WebSocket lets one frame carry several packets (MQTT 5.0, 6.0), and
// every client reads the connection as a stream. So the server sends the first packet at once and joins what
// piles up while that frame is being written into the next one: no timer, no added wait, a burst in few frames.

/** Joins the packets sent to one page's WebSocket; call it with each packet, in order. */
export type FrameJoiner = (packet: Buffer) => void;

/**
 * At most this many bytes of packets in one joined frame (a packet larger than it goes alone): a client takes a
 * frame's packets from one list, and a frame of a whole burst would make that list as long as the burst.
 */
export const MAX_JOINED_BYTES = 64 * 1024;

/** A joiner for `ws`: what arrives while a frame is in flight leaves in frames of up to MAX_JOINED_BYTES after it. */
export function createFrameJoiner(ws: WebSocket): FrameJoiner {
  let held: Buffer[] = [];
  let first = 0;
  let writing = false;
  const sendHeld = (): void => {
    if (first === held.length || ws.readyState !== ws.OPEN) {
      held = [];
      first = 0;
      writing = false;
      return;
    }
    const { count, bytes } = runLength(held, first, MAX_JOINED_BYTES);
    const frame = joinRun(held, first, count, bytes);
    first += count;
    // What was sent goes from the list now and then, so that a connection that is never idle keeps it short.
    if (first > 1024 && first * 2 > held.length) {
      held = held.slice(first);
      first = 0;
    }
    writing = true;
    // The callback comes once the frame is handed to the socket (or the socket failed: then it is closing).
    ws.send(frame, { binary: true }, (error) => (error ? (writing = false) : sendHeld()));
  };
  return (packet) => {
    held.push(packet);
    if (!writing) sendHeld();
  };
}

/**
 * The embedded broker's stream to a WebSocket, writing what it has buffered in frames of up to MAX_JOINED_BYTES:
 * the broker corks its stream for the packets of a turn (and the pieces of each packet) and what a pending write
 * held back comes out together, where the plain stream sent every piece as a frame of its own.
 */
export function joinedWebSocketStream(ws: WebSocket): Duplex {
  const stream = createWebSocketStream(ws);
  stream._writev = (chunks, callback) => {
    const parts = chunks.map((c) => c.chunk as Uint8Array);
    let first = 0;
    const sendNext = (error?: Error | null): void => {
      if (error || first === parts.length) return callback(error);
      const { count, bytes } = runLength(parts, first, MAX_JOINED_BYTES);
      const frame = joinRun(parts, first, count, bytes);
      first += count;
      ws.send(frame, { binary: true }, sendNext);
    };
    sendNext();
  };
  return stream;
}
