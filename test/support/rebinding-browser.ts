// Chromium for the security tests: the test browser's flags, plus host names that resolve to this machine,
// so a page on a foreign name can play DNS rebinding while every request still goes to 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, watchAndOpen, type TestPage } from './browser.ts';

/** A browser whose `names` resolve to 127.0.0.1, and a way to open pages that record their console problems. */
export interface RebindingBrowser {
  context: BrowserContext;
  open(url: string, options?: { beforeLoad?: string }): Promise<TestPage>;
  dispose(): Promise<void>;
}

/** Launch headless Chromium with `--host-resolver-rules` mapping each of `names` to 127.0.0.1, as a browser without Local Network Access checks. */
export async function launchRebindingBrowser(names: readonly string[]): Promise<RebindingBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'stadtzwilling-chromium-'));
  const rules = names.map((name) => `MAP ${name} 127.0.0.1`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=${rules}`,
      // Chromium itself now stops a public page reaching loopback; other browsers do not, so the twin must
      // refuse on its own. Without these checks the test sees what the server does.
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
    ],
  });
  return {
    context,
    async open(url, options = {}) {
      const page = await context.newPage();
      return watchAndOpen(page, url, options.beforeLoad);
    },
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
