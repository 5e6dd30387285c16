// The stand's all-day soak: visitor and idle cycles with the stand's clock fast-forwarded, and what the page holds.
import type { Page } from 'playwright-core';

/**
 * What the page holds: JS heap after a collection, elements in the document, event listeners (the browser's
 * counter), GPU geometries and textures; and the MQTT subscriptions the broker holds for it. Elements, not the browser's node counter: that one also counts nodes
 * React still references from its last render, and swings by a few dozen from cycle to cycle.
 */
export interface Holdings {
  heapBytes: number;
  elements: number;
  listeners: number;
  geometries: number;
  textures: number;
  subscriptions: number;
}

/** Collect garbage, then read the heap, the DOM counters, the renderer's memory and the broker's subscriptions. */
export async function readHoldings(page: Page, broker: { subscriptions(): number }): Promise<Holdings> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const { memory, elements } = await page.evaluate(() => ({
      memory: window.cityTwin!.stats().memory,
      elements: document.querySelectorAll('*').length,
    }));
    return {
      heapBytes: heap.usedSize,
      elements,
      listeners: dom.jsEventListeners,
      geometries: memory.geometries,
      textures: memory.textures,
      subscriptions: broker.subscriptions(),
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * `count` cycles from the attract loop: a key takes over, a building's panel opens, the idle timeout passes
 * (the stand's clock moved on, no waiting) and the loop returns. Each step waits for the page to show it.
 */
export async function runCycles(page: Page, count: number, buildings: readonly string[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.querySelector('[data-testid="attract"]') === null, undefined, {
      polling: 16,
    });
    await page.evaluate((id) => window.cityTwin!.select(id), buildings[i % buildings.length]!);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="info-panel"]') !== null,
      undefined,
      {
        polling: 16,
      },
    );
    await page.evaluate(() => window.cityTwinStand!.advance(window.cityTwinStand!.state().timeoutMs));
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="attract"]') !== null &&
        document.querySelector('[data-testid="info-panel"]') === null,
      undefined,
      { polling: 16 },
    );
  }
}

/** How much each holding grew from `base` to `now`, as a ratio (1 = flat). */
export function growth(base: Holdings, now: Holdings): Record<keyof Holdings, number> {
  const ratio = (a: number, b: number): number => (a === 0 ? (b === 0 ? 1 : Infinity) : b / a);
  return {
    heapBytes: ratio(base.heapBytes, now.heapBytes),
    elements: ratio(base.elements, now.elements),
    listeners: ratio(base.listeners, now.listeners),
    geometries: ratio(base.geometries, now.geometries),
    textures: ratio(base.textures, now.textures),
    subscriptions: ratio(base.subscriptions, now.subscriptions),
  };
}
