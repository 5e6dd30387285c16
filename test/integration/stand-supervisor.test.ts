import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStandStatus } from '../../src/core/exhibit/stand-status.ts';
import { startSupervisor } from '../../sensors/exhibit/supervisor.ts';

// What `npm run exhibit` does when a part of the stand crashes: restart it, and say so in the status.
describe('the stand supervisor', () => {
  it('restarts a part that crashes, counts it, and leaves the others running', async () => {
    const statusFile = join(mkdtempSync(join(tmpdir(), 'stadtzwilling-stand-')), 'status.json');
    const supervisor = startSupervisor(
      [
        {
          name: 'simulator',
          command: process.execPath,
          args: ['-e', 'setTimeout(() => process.exit(3), 50)'],
        },
        { name: 'web', command: process.execPath, args: ['-e', 'setInterval(() => {}, 1000)'] },
      ],
      { statusFile, backoffMs: 20, maxBackoffMs: 40, log: () => undefined },
    );
    try {
      const read = () =>
        existsSync(statusFile) ? parseStandStatus(JSON.parse(readFileSync(statusFile, 'utf8'))) : null;
      await expect
        .poll(() => read()?.parts.simulator?.restarts ?? 0, { timeout: 20_000 })
        .toBeGreaterThanOrEqual(3);
      expect(read()!.parts.web).toEqual({ state: 'up', restarts: 0 });
    } finally {
      await supervisor.dispose();
    }
    const last = parseStandStatus(JSON.parse(readFileSync(statusFile, 'utf8')))!;
    expect(last.parts.web!.state).toBe('down');
  });

  it('starts a part that needs a port once something listens there, without counting a restart', async () => {
    const statusFile = join(mkdtempSync(join(tmpdir(), 'stadtzwilling-stand-')), 'status.json');
    // A free port, closed again: nothing listens there until the test opens it.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((done) => probe.close(() => done()));
    const supervisor = startSupervisor(
      [
        { name: 'web', command: process.execPath, args: ['-e', 'setInterval(() => {}, 1000)'] },
        {
          name: 'simulator',
          command: process.execPath,
          args: ['-e', 'setInterval(() => {}, 1000)'],
          needsPort: port,
        },
      ],
      { statusFile, backoffMs: 20, maxBackoffMs: 40, log: () => undefined },
    );
    const broker = createServer((socket) => socket.destroy());
    try {
      const read = () => parseStandStatus(JSON.parse(readFileSync(statusFile, 'utf8')))!;
      // Written when the web part started: the simulator has not, with nothing on its port.
      expect(read().parts.web!.state).toBe('up');
      expect(read().parts.simulator).toEqual({ state: 'down', restarts: 0 });
      await new Promise<void>((done) => broker.listen(port, '127.0.0.1', done));
      await expect
        .poll(() => read().parts.simulator, { timeout: 20_000 })
        .toEqual({ state: 'up', restarts: 0 });
    } finally {
      await supervisor.dispose();
      broker.close();
    }
  });
});
