// Bounding boxes of what is drawn over the 3D view, for the layout test at every screen size.
import type { Page } from 'playwright-core';

/** One visible box on the page, CSS px. */
export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the layout test reads: the overlay blocks (which must not overlap) and the controls (>= 44 px). */
export interface Layout {
  blocks: Box[];
  controls: Box[];
  viewport: { width: number; height: number };
}

/** The overlay blocks: each stands alone on the screen. The walk bar counts by its items (it may wrap). */
export const BLOCKS = [
  '.hud',
  '.credits',
  '.legend',
  '.walk-bar > *',
  '.walk-joystick',
  '.info-panel',
  '.notices',
  '.stand-lang',
  '.stand-offline',
  '.stand-idle',
  '.attract-caption',
  '.attract-start',
  '.utilities-panel',
];

/** Read the boxes of every visible block and control. */
export async function readLayout(page: Page): Promise<Layout> {
  return page.evaluate((selectors) => {
    const visible = (e: Element): boolean => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return (
        r.width > 0 &&
        r.height > 0 &&
        style.visibility !== 'hidden' &&
        // Not inside a closed <details> (its content keeps a box but is not drawn).
        e.checkVisibility() &&
        e.closest('[aria-hidden="true"]') === null
      );
    };
    const box = (e: Element, name: string) => {
      const r = e.getBoundingClientRect();
      return { name, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const label = (e: Element): string =>
      `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}${
        e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''
      } "${(e.textContent ?? '').trim().slice(0, 24)}"`;
    const blocks = selectors.flatMap((s) =>
      [...document.querySelectorAll(s)].filter(visible).map((e) => box(e, label(e))),
    );
    const controls = [
      ...document.querySelectorAll('button, select, input, summary, [data-testid="joystick"]'),
    ]
      // The attract screen is one button the size of the screen: a control, but no box to place.
      .filter((e) => visible(e) && !e.classList.contains('attract'))
      .map((e) => box(e, label(e)));
    return { blocks, controls, viewport: { width: innerWidth, height: innerHeight } };
  }, BLOCKS);
}

/** Pairs of blocks that overlap by more than half a pixel. */
export function overlaps(blocks: readonly Box[]): string[] {
  const found: string[] = [];
  blocks.forEach((a, i) => {
    for (const b of blocks.slice(i + 1)) {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5)
        found.push(`${a.name} overlaps ${b.name} (${Math.round(w)}x${Math.round(h)} px)`);
    }
  });
  return found;
}

/** Blocks that reach past the edge of the screen. */
export function offScreen(layout: Layout): string[] {
  const { width, height } = layout.viewport;
  return layout.blocks
    .filter((b) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5)
    .map(
      (b) =>
        `${b.name} at ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}x${Math.round(b.height)}`,
    );
}

/** Controls smaller than a fingertip (44 px) either way. */
export function tooSmall(controls: readonly Box[]): string[] {
  return controls
    .filter((c) => c.width < 44 - 0.5 || c.height < 44 - 0.5)
    .map((c) => `${c.name} is ${Math.round(c.width)}x${Math.round(c.height)} px`);
}
