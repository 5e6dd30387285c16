import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { PRESENCE_BYE, encodePresence } from '../../src/core/exhibit/presence-message.ts';
import { STAND_ACCOUNTS, presenceTopic, standTopicRoot } from '../../src/core/exhibit/stand-topics.ts';
import { waitConnected } from '../support/browser.ts';
import { twinSession } from '../support/session.ts';

const PIN = '2468';

const enter = async (page: Page, digits: string): Promise<void> => {
  for (const d of digits) await page.locator(`[data-pin="${d}"]`).click();
  await page.getByTestId('pin-ok').click();
};

// The stand staff's panel: a long press in the corner, the PIN from the config file, then every part's state.
describe('the operator panel', () => {
  const session = twinSession({
    server: () => {
      const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-stand-'));
      const configFile = join(dir, 'stadtzwilling.config.json');
      // The stand from the config file alone (no ?mode=exhibit), with its PIN, as npm run exhibit would run it.
      writeFileSync(configFile, JSON.stringify({ mode: 'exhibit', operatorPin: PIN, idleTimeout: 120 }));
      const status = join(dir, 'stand-status.json');
      const parts = { web: { state: 'up', restarts: 0 }, simulator: { state: 'up', restarts: 2 } };
      writeFileSync(status, JSON.stringify({ updated: Date.now(), source: 'simulator', parts }));
      process.env.STADTZWILLING_STAND_STATUS = status;
      return { configFile };
    },
    connected: true,
  });

  it('opens only after a long press in the corner and the right PIN', async () => {
    const { page } = session;
    await waitConnected(page);
    await page.getByTestId('attract').waitFor();
    expect(await page.evaluate(() => window.cityTwinStand!.state().timeoutMs)).toBe(120_000);
    // A tap in the corner is a visitor's; a hold of two seconds is the staff's.
    await page.mouse.click(10, 10);
    expect(await page.getByTestId('pin-pad').count()).toBe(0);
    await page.mouse.move(10, 10);
    await page.mouse.down();
    await page.getByTestId('pin-pad').waitFor();
    await page.mouse.up();
    await enter(page, '1111');
    await page.getByTestId('pin-wrong').waitFor();
    expect(await page.getByTestId('operator').count()).toBe(0);
    await enter(page, PIN);
    await page.getByTestId('operator').waitFor();
  });

  it('shows every part: broker, sensors, the supervised processes and their restarts', async () => {
    const { page } = session;
    const parts = page.getByTestId('operator-parts');
    await expect.poll(() => parts.locator('[data-part="mqtt"]').getAttribute('data-ok')).toBe('true');
    await expect
      .poll(() => parts.locator('[data-part="simulator"]').textContent())
      .toContain('neu gestartet (2×)');
    expect(await parts.locator('[data-part="web"]').getAttribute('data-ok')).toBe('true');
  });

  it('lists the headsets in VR, and takes one off when its visitor leaves VR', async () => {
    const { page } = session;
    const row = page.getByTestId('operator-parts').locator('[data-part="headsets"]');
    expect(await row.textContent()).toContain('keine in VR');
    // A headset on the presence account, as an emulated or real one publishes its pose while in VR.
    const topic = presenceTopic(standTopicRoot(CONFIG_DEFAULTS.topicPrefix), 'quest-stand');
    const headset = await mqtt.connectAsync(session.twin.mqttUrl!, {
      ...STAND_ACCOUNTS.presence,
      reconnectPeriod: 0,
    });
    try {
      const pose = encodePresence({ ...PRESENCE_BYE, position: [10, 1.6, 10], bye: false });
      // It speaks on every look, as a headset in use does many times a second.
      await expect
        .poll(async () => {
          await headset.publishAsync(topic, pose);
          return row.textContent();
        })
        .toContain('1 in VR: quest-stand');
      await headset.publishAsync(topic, encodePresence(PRESENCE_BYE));
      await expect.poll(() => row.textContent()).toContain('keine in VR');
    } finally {
      await headset.endAsync(true);
    }
  });

  it('sets the idle timeout, and resets the stand to its attract loop', async () => {
    const { page } = session;
    await page.getByTestId('operator-idle').fill('45');
    await expect.poll(() => page.evaluate(() => window.cityTwinStand!.state().timeoutMs)).toBe(45_000);
    await page.getByTestId('operator-reset').click();
    await page.waitForFunction(() => window.cityTwinStand!.state().mode === 'attract');
    await page.getByTestId('attract').waitFor();
    expect(await page.getByTestId('operator').count()).toBe(0);
  });
});
