// The README's screenshots of the twin and the stand, taken from the built bundle with the simulator running:
// `npx vite build && npx tsx test/shots/readme-shots.ts [folder]` (default assets/readme). An early autumn
// afternoon: long shadows, a lit sky.
import { launchBrowser, waitConnected, waitReady } from '../support/browser.ts';
import { frames, standStill } from '../support/frames.ts';
import { startTestTwin } from '../support/twin.ts';

const OUT = process.argv[2] ?? 'assets/readme';
const TIME = 'time=2026-09-15T15:30';
const twin = await startTestTwin({ simulator: true });
const browser = await launchBrowser();
try {
  {
    const tab = await browser.open(`${twin.url}?${TIME}`, { width: 1280, height: 720 });
    await waitReady(tab.page);
    await waitConnected(tab.page);
    await tab.page.waitForFunction(
      () => window.cityTwin!.sensors().filter((x) => x.celsius !== null).length > 1000,
    );
    await standStill(tab.page);
    await frames(tab.page, 4);
    await tab.page.screenshot({ path: `${OUT}/marktplatz.png` });
    await tab.page.close();
  }
  for (const s of [
    { name: 'stand-big-screen', width: 1920, height: 1080, touch: false },
    { name: 'stand-tablet', width: 1280, height: 800, touch: true },
    { name: 'stand-phone', width: 390, height: 844, touch: true },
  ]) {
    const tab = await browser.open(`${twin.url}?mode=exhibit&${TIME}`, { width: s.width, height: s.height });
    await waitReady(tab.page);
    await waitConnected(tab.page);
    await tab.page.waitForFunction(() => window.cityTwinStand?.state().mode === 'attract');
    await tab.page.waitForFunction(
      () => window.cityTwin!.sensors().filter((x) => x.celsius !== null).length > 1000,
    );
    if (s.touch) {
      await tab.page.mouse.click(s.width / 2, s.height / 3);
      await tab.page.waitForFunction(() => window.cityTwinStand!.state().mode === 'visitor');
      await tab.page.evaluate(() =>
        window.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' })),
      );
      await tab.page.getByTestId('joystick').waitFor();
      await standStill(tab.page);
    } else {
      await tab.page.waitForFunction(() => window.cityTwin!.pose().position[1] > 30);
      await tab.page.getByTestId('attract-place').waitFor();
    }
    await frames(tab.page, 4);
    await tab.page.screenshot({ path: `${OUT}/${s.name}.png` });
    await tab.page.close();
  }
} finally {
  await browser.dispose();
  await twin.dispose();
}
