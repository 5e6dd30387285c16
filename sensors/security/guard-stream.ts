import { Duplex } from 'node:stream';

/**
 * The same connection, with every chunk it reads shown to `check` first: a chunk `check` answers with anything
 * but 0 is never passed on, and the connection is closed after `refused` has heard the answer.
 */
export function guardStream(
  inner: Duplex,
  check: (chunk: Uint8Array) => number,
  refused: (answer: number) => void,
): Duplex {
  const outer = new Duplex({
    read: () => void inner.resume(),
    write(chunk: Buffer, encoding, callback) {
      if (inner.write(chunk, encoding)) return callback();
      inner.once('drain', () => callback());
    },
    final(callback) {
      inner.end();
      callback();
    },
    destroy(error, callback) {
      inner.destroy();
      callback(error);
    },
  });
  inner.on('data', (chunk: Buffer) => {
    const answer = check(chunk);
    if (answer !== 0) {
      refused(answer);
      outer.destroy();
      return;
    }
    if (!outer.push(chunk)) inner.pause();
  });
  inner.once('end', () => outer.push(null));
  // Errors of the inner connection end the outer one; the reason is for the broker, not for the process.
  inner.on('error', () => outer.destroy());
  inner.once('close', () => outer.destroy());
  return outer;
}
