import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { frames } from '../support/frames.ts';
import { offScreen, overlaps, readLayout, tooSmall } from '../support/layout.ts';
import { twinSession } from '../support/session.ts';
import type { TwinWithUtilities } from '../support/utilities.ts';

// The stand's screens: the big screen, the touch tablet, and a phone both ways up.
const SIZES = [
  { name: 'big screen', width: 1920, height: 1080, touch: false },
  { name: 'tablet', width: 1280, height: 800, touch: true },
  { name: 'phone upright', width: 390, height: 844, touch: true },
  { name: 'phone on its side', width: 844, height: 390, touch: true },
] as const;

type Size = (typeof SIZES)[number];

async function resize(page: Page, size: Size): Promise<void> {
  await page.setViewportSize({ width: size.width, height: size.height });
  // A first touch shows the joystick (as on a real touch screen); it is no visitor for the stand (not trusted).
  if (size.touch)
    await page.evaluate(() =>
      window.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' })),
    );
  await frames(page, 2);
}

async function expectTidy(page: Page, what: string): Promise<void> {
  const layout = await readLayout(page);
  expect(layout.blocks.length, what).toBeGreaterThan(2);
  expect(overlaps(layout.blocks), what).toEqual([]);
  expect(offScreen(layout), what).toEqual([]);
  expect(tooSmall(layout.controls), what).toEqual([]);
}

describe('the twin at every screen size', () => {
  const session = twinSession();

  it.each(SIZES)('$name: nothing overlaps, every control is at least 44 px', async (size) => {
    const { page } = session;
    await resize(page, size);
    if (size.touch) await page.getByTestId('joystick').waitFor();
    await expectTidy(page, `${size.name}, walking`);
    const building = await page.evaluate(() => window.cityTwin!.sensors()[0]!.buildingId);
    await page.evaluate((id) => window.cityTwin!.select(id), building);
    await page.getByTestId('info-panel').waitFor();
    await expectTidy(page, `${size.name}, info panel open`);
    await page.evaluate(() => window.cityTwin!.select(null));
  });

  it.each(SIZES)('$name: the underground planning panel, open with a route and its check', async (size) => {
    const { page } = session;
    await resize(page, size);
    if (size.touch) await page.getByTestId('joystick').waitFor();
    await page.evaluate(() =>
      (window.cityTwin as TwinWithUtilities).utilities.setRoute({
        // Too shallow on purpose: the check lists a clash, with its button.
        coverM: 0.2,
        points: [
          { x: 0, z: 0, coverM: null },
          { x: 6, z: 0, coverM: null },
        ],
      }),
    );
    await page.locator('[data-testid=utilities-panel] summary').click();
    await page.locator('[data-testid=utilities-clashes] li button').first().waitFor();
    await expectTidy(page, `${size.name}, underground planning open`);
    await page.locator('[data-testid=utilities-panel] summary').click();
    await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.setRoute({ points: [] }));
    await expectTidy(page, `${size.name}, underground planning closed`);
  });
});

describe('the stand at every screen size', () => {
  const session = twinSession({ query: '?mode=exhibit' });

  it.each(SIZES)('$name: the attract loop and the visitor’s screen are tidy', async (size) => {
    const { page } = session;
    await page.evaluate(() => window.cityTwinStand!.reset());
    await page.getByTestId('attract').waitFor();
    await resize(page, size);
    await expectTidy(page, `${size.name}, attract loop`);
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => window.cityTwinStand!.state().mode === 'visitor');
    await page.getByTestId('walk-bar').waitFor();
    await expectTidy(page, `${size.name}, visitor`);
    const building = await page.evaluate(() => window.cityTwin!.sensors()[0]!.buildingId);
    await page.evaluate((id) => window.cityTwin!.select(id), building);
    await page.getByTestId('info-panel').waitFor();
    await expectTidy(page, `${size.name}, visitor with the info panel`);
  });
});
