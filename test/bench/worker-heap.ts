// A page's web worker as Chromium's DevTools protocol sees it: its JavaScript heap and the typed arrays'
// memory, after a garbage collection. Benches only: the protocol is a test browser's, not the app's.
import type { Browser, CDPSession } from 'playwright-core';

/** Bytes a worker holds: its JavaScript heap, and the backing stores of its typed arrays. */
export interface WorkerHeap {
  heap: number;
  buffers: number;
}

/** Measure every worker of the browser whose script URL contains `script`; throws if there is none. */
export async function workerHeap(browser: Browser, script: string): Promise<WorkerHeap> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes(script));
    if (!target) throw new Error(`worker heap: no worker running ${script}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    await call(cdp, sessionId, 1, 'HeapProfiler.collectGarbage');
    const usage = (await call(cdp, sessionId, 2, 'Runtime.getHeapUsage')) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
      backingStorageSize?: number;
    };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return {
      heap: usage.usedSize + (usage.embedderHeapUsedSize ?? 0),
      buffers: usage.backingStorageSize ?? 0,
    };
  } finally {
    await cdp.detach();
  }
}

/** One protocol call inside a worker's session (workers take messages through their attached target). */
function call(cdp: CDPSession, sessionId: string, id: number, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: { sessionId?: string; message: string }): void => {
      const reply = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      if (event.sessionId !== sessionId || reply.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (reply.error) reject(new Error(`worker heap: ${method}: ${reply.error.message}`));
      else resolve(reply.result);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
}
