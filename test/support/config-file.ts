// A config file for a twin under test that views a test broker as the viewer account.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';

/** Write `stadtzwilling.config.json` into a new temporary folder: the broker's WebSocket, the viewer, `extra`. */
export function viewerConfigFile(wsPort: number, extra: Record<string, unknown> = {}): string {
  const file = join(mkdtempSync(join(tmpdir(), 'stadtzwilling-config-')), 'stadtzwilling.config.json');
  writeFileSync(
    file,
    JSON.stringify({ broker: `ws://127.0.0.1:${wsPort}`, ...DEFAULT_ACCOUNTS.viewer, ...extra }),
  );
  return file;
}
