import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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
});
