import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatRecordingLine,
  recordingFileName,
  type RecordedMessage,
} from '../../src/core/exhibit/recording.ts';

/** How the recorder writes: where, and how small its batches are. */
export interface RecordingWriterOptions {
  dir: string;
  /** Write at least this often, ms: a `kill -9` loses at most this long a stretch. */
  flushMs: number;
  /** ... or as soon as this many messages wait. */
  batchSize: number;
  now: () => number;
}

/** sensors/recordings, once a second or every 200 messages. */
export const RECORDING_WRITER_DEFAULTS: Omit<RecordingWriterOptions, 'now'> = {
  dir: 'sensors/recordings',
  flushMs: 1000,
  batchSize: 200,
};

/** Appends messages to the day's JSON Lines file in batches; `dispose` writes what is left. */
export interface RecordingWriter {
  add(message: RecordedMessage): void;
  flush(): void;
  /** Messages written to disk so far. */
  written(): number;
  dispose(): void;
}

/** Whether a file ends in the middle of a line (the last write was cut off by a kill). */
function endsTorn(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

/** Open (or create) a day file for appending; a torn last line is closed off so it stays one bad line. */
function openDay(path: string): number {
  const fd = openSync(path, existsSync(path) ? 'r+' : 'w+');
  closeSync(fd);
  const append = openSync(path, 'a+');
  if (endsTorn(append)) writeSync(append, '\n');
  return append;
}

/** Start a writer; each batch is one write() of whole lines, so earlier lines are never touched again. */
export function createRecordingWriter(partial: Partial<RecordingWriterOptions> = {}): RecordingWriter {
  const o: RecordingWriterOptions = { ...RECORDING_WRITER_DEFAULTS, now: () => Date.now(), ...partial };
  if (!(o.flushMs > 0 && o.batchSize > 0))
    throw new Error(`recorder: Requires flushMs and batchSize above 0, not ${o.flushMs}, ${o.batchSize}`);
  mkdirSync(o.dir, { recursive: true });
  let pending: RecordedMessage[] = [];
  let file = '';
  let fd: number | null = null;
  let written = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    // One file a day: a batch that crosses midnight goes into the file of its first message.
    const name = recordingFileName(batch[0]!.at);
    if (name !== file || fd === null) {
      if (fd !== null) closeSync(fd);
      file = name;
      fd = openDay(join(o.dir, name));
    }
    writeSync(fd, batch.map(formatRecordingLine).join(''));
    written += batch.length;
  };
  const timer = setInterval(flush, o.flushMs);
  return {
    add(message) {
      pending.push(message);
      if (pending.length >= o.batchSize) flush();
    },
    flush,
    written: () => written,
    dispose() {
      clearInterval(timer);
      flush();
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
