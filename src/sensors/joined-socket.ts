// A browser WebSocket for mqtt.js that hands it, in one message, every frame that arrived since its last turn.
//
// mqtt.js reads its socket as a stream and takes one message of it per turn of the event loop: each turn ends in
// a zero-delay timer, and browsers hold back timers chained five deep by 4 ms. A burst of retained readings in
// hundreds of frames (the twin's /mqtt joins the broker's packets into frames of up to 64 KB) waited 4 ms per
// frame: 100,000 readings took 1.5 s in a worker where the frames themselves took 0.3 s. Joined, a message
// that arrives while the client is busy waits for its next turn together with all the others, in one piece.
// The bytes and their order are the WebSocket's own: MQTT over WebSocket is a stream of packets, not frames.
import { joinRun, runLength } from '../core/bytes/byte-runs.ts';

/**
 * At most this many bytes handed over at once (a larger frame goes alone): mqtt.js takes a message's packets
 * from one list, and a list much longer than 16,000 packets is slow to take from the front of.
 */
export const MAX_HANDOVER_BYTES = 256 * 1024;

/** What mqtt.js uses of a browser WebSocket. */
export interface SocketForMqtt extends EventTarget {
  readonly OPEN: number;
  readonly readyState: number;
  readonly bufferedAmount: number;
  binaryType: BinaryType;
  send(data: ArrayBufferLike | ArrayBufferView | Blob | string): void;
  close(code?: number, reason?: string): void;
}

/** Open a WebSocket whose frames reach the listener joined; mqtt.js's `createWebsocket` option. */
export function joinedSocket(url: string, protocols: string[]): SocketForMqtt {
  return new JoinedSocket(url, protocols);
}

class JoinedSocket extends EventTarget implements SocketForMqtt {
  readonly OPEN = WebSocket.OPEN;
  private readonly socket: WebSocket;
  private held: Uint8Array[] = [];
  // A message to ourselves is a task of its own, never held back like a chained timer.
  private readonly turn = new MessageChannel();
  private waiting = false;

  constructor(url: string, protocols: string[]) {
    super();
    this.socket = new WebSocket(url, protocols);
    this.socket.binaryType = 'arraybuffer';
    this.socket.onopen = () => this.dispatchEvent(new Event('open'));
    this.socket.onerror = () => this.dispatchEvent(new Event('error'));
    this.socket.onmessage = (event: MessageEvent<ArrayBuffer | string>) => this.hold(event.data);
    this.socket.onclose = (event) => {
      // What arrived before the close is the client's before it hears of the close.
      while (this.held.length > 0) this.handOver();
      this.turn.port1.close();
      this.dispatchEvent(
        new CloseEvent('close', { code: event.code, reason: event.reason, wasClean: event.wasClean }),
      );
    };
    this.turn.port1.onmessage = () => this.handOver();
  }

  get readyState(): number {
    return this.socket.readyState;
  }

  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  // Always ArrayBuffer: the frames are joined as bytes.
  get binaryType(): BinaryType {
    return 'arraybuffer';
  }

  set binaryType(_: BinaryType) {}

  send(data: ArrayBufferLike | ArrayBufferView | Blob | string): void {
    this.socket.send(data);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  private hold(data: ArrayBuffer | string): void {
    this.held.push(typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data));
    this.askTurn();
  }

  private askTurn(): void {
    if (this.waiting) return;
    this.waiting = true;
    this.turn.port2.postMessage(null);
  }

  private handOver(): void {
    this.waiting = false;
    if (this.held.length === 0) return;
    const { count, bytes } = runLength(this.held, 0, MAX_HANDOVER_BYTES);
    // Each held frame views its whole buffer, and a joined run is an array of its own: the buffer is the run.
    const data = joinRun(this.held, 0, count, bytes).buffer;
    this.held.splice(0, count);
    // The rest on the next turn; a close hands everything over first.
    if (this.held.length > 0 && this.socket.readyState !== WebSocket.CLOSED) this.askTurn();
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}
