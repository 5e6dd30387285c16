import { describe, expect, it } from 'vitest';
import { frames } from '../support/frames.ts';
import { offScreen, overlaps, readLayout, tooSmall } from '../support/layout.ts';
import { twinSession } from '../support/session.ts';

// The planning panel on the city staff's touch laptop (1280 x 800), with every control it can show.
describe('the planning panel at 1280 x 800, by touch', () => {
  const session = twinSession({ query: '?utilities=' });

  it('overlaps nothing, stays on the screen, and every control in it is at least 44 px', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() =>
      window.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' })),
    );
    await page.getByTestId('joystick').waitFor();
    await page.getByTestId('planning-open').click();
    await page.getByTestId('planning-add').click();
    await page.getByTestId('proposal-editor').waitFor();
    await page.getByTestId('study-run').click();
    await page.getByTestId('study-legend').waitFor({ timeout: 60_000 });
    await frames(page, 2);
    const layout = await readLayout(page);
    const panel = await page.getByTestId('planning-panel').boundingBox();
    const blocks = [...layout.blocks, { name: 'planning panel', ...panel! }];
    expect(overlaps(blocks)).toEqual([]);
    expect(offScreen({ ...layout, blocks })).toEqual([]);
    // The panel scrolls: its controls lie above and inside its box (the study's button scrolled it down).
    const inPanel = layout.controls.filter((c) => c.x >= panel!.x && c.y < panel!.y + panel!.height);
    // Date, time, speed, the proposal's figures, variants, tools, files and the study's views.
    expect(inPanel.length).toBeGreaterThan(20);
    expect(tooSmall(layout.controls)).toEqual([]);
  });
});
