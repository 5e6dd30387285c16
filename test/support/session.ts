// One twin, one browser and (unless told otherwise) one page, shared by the tests of a describe block.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { TwinServer, TwinServerOptions } from '../../sensors/twin-server.ts';
import { launchBrowser, waitConnected, waitReady, type TestBrowser, type TestPage } from './browser.ts';
import { startTestTwin } from './twin.ts';

type ServerOptions = Partial<TwinServerOptions>;

/** What a session starts, and the page it opens. */
export interface TwinSessionOptions {
  /** Options for the twin, or a function that makes them as the session starts (after files are written). */
  server: ServerOptions | (() => ServerOptions | Promise<ServerOptions>);
  /** Open a page at the twin's URL followed by this ('?city=…'); false opens none (the tests open their own). */
  query: string | false;
  /** A script run in the page before the app starts (IWER's emulated headset). */
  beforeLoad?: string;
  /** Called with the page once it has loaded, before the session waits for the ready signal. */
  opened?: (tab: TestPage) => void;
  /** After the ready signal, wait until the page's MQTT client is connected. */
  connected: boolean;
}

/** The default twin, a page at its URL, no wait for MQTT. */
export const TWIN_SESSION_DEFAULTS: TwinSessionOptions = { server: {}, query: '', connected: false };

/** What a session has started; read it in hooks and tests, once the session's `beforeAll` has run. */
export interface TwinSession {
  readonly twin: TwinServer;
  /** The browser; pages it opens are watched for console problems like the session's own. */
  readonly browser: TestBrowser;
  readonly page: Page;
  /** The page's console errors and warnings, and uncaught exceptions. */
  readonly problems: string[];
  /** Open another page at the twin's URL followed by `query`; the test closes it. */
  open(query: string, options?: { beforeLoad?: string }): Promise<TestPage>;
  /**
   * Let the current test's pages log console problems that match one of `patterns` (a test that asks for
   * a missing file or a missing broker); any other problem still fails the test.
   */
  allowProblems(...patterns: RegExp[]): void;
}

/** A page the session watches, and how many of its problems have been looked at. */
interface Watched {
  tab: TestPage;
  checked: number;
}

/**
 * Start a twin and a browser, and open a page that is ready, in `beforeAll` of the calling describe block;
 * close them in its `afterAll`. Hooks registered after this call run after the session has started.
 *
 * After every test, the test fails if any page of the session (its own, or one a test opened) logged a
 * console error or warning or threw, since the test before, unless the test allowed it (`allowProblems`).
 */
export function twinSession(options: Partial<TwinSessionOptions> = {}): TwinSession {
  const o = { ...TWIN_SESSION_DEFAULTS, ...options };
  let twin: TwinServer | undefined;
  let browser: TestBrowser | undefined;
  let tab: TestPage | undefined;
  const watched: Watched[] = [];
  let allowed: RegExp[] = [];

  const watch = (opened: TestPage): TestPage => {
    watched.push({ tab: opened, checked: 0 });
    return opened;
  };
  // The problems not looked at yet, but for those allowed; pages closed since are then let go.
  const unchecked = (): string[] => {
    const found: string[] = [];
    for (const w of watched) {
      const fresh = w.tab.problems.slice(w.checked);
      w.checked = w.tab.problems.length;
      for (const problem of fresh) {
        if (!allowed.some((pattern) => pattern.test(problem))) found.push(`${w.tab.page.url()}: ${problem}`);
      }
    }
    watched.splice(0, watched.length, ...watched.filter((w) => !w.tab.page.isClosed()));
    return found;
  };
  const report = (found: string[], when: string): void => {
    if (found.length > 0) throw new Error(`console problems ${when}:\n  ${found.join('\n  ')}`);
  };

  beforeAll(async () => {
    twin = await startTestTwin(typeof o.server === 'function' ? await o.server() : o.server);
    const launched = await launchBrowser();
    browser = { ...launched, open: async (url, openOptions) => watch(await launched.open(url, openOptions)) };
    if (o.query === false) return;
    tab = await browser.open(twin.url + o.query, { beforeLoad: o.beforeLoad });
    o.opened?.(tab);
    await waitReady(tab.page);
    if (o.connected) await waitConnected(tab.page);
  });
  afterEach(() => {
    // Problems from loading the page count towards the first test.
    const found = unchecked();
    allowed = [];
    report(found, 'during this test');
  });
  afterAll(async () => {
    try {
      report(unchecked(), 'after the last test');
    } finally {
      await browser?.dispose();
      await twin?.dispose();
    }
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`twinSession: no ${what} (not started, or it failed to start)`);
    return value;
  };
  const openTab = (): TestPage => started(tab, o.query === false ? 'page (query: false)' : 'page');
  return {
    get twin() {
      return started(twin, 'twin');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return openTab().page;
    },
    get problems() {
      return openTab().problems;
    },
    open(query, openOptions) {
      return started(browser, 'browser').open(started(twin, 'twin').url + query, openOptions);
    },
    allowProblems(...patterns) {
      allowed.push(...patterns);
    },
  };
}
