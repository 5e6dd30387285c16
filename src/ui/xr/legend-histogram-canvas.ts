import type { ColourScale } from '../../core/colour/colour-scale.ts';
import { binHex } from '../../core/colour/distribution.ts';

/** Where the histogram goes on the legend's canvas, in pixels. */
export interface HistogramBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const FONT = 'system-ui, "Segoe UI", sans-serif';
// Thick enough to read at arm's length: a bar is never thinner than a finger's width on the wrist panel.
const GAP = 4;
const LABEL_PX = 30;

/**
 * The distribution of live buildings over the scale, as the desktop legend shows it under its swatches: one
 * bar per bin in the colour of its middle, the tallest full height, with the scale's ends written below.
 * Empty bins keep a thin baseline so that the spread still reads as a range.
 */
export function paintHistogram(
  ctx: CanvasRenderingContext2D,
  box: HistogramBox,
  counts: readonly number[],
  scale: ColourScale,
): void {
  if (counts.length === 0) return;
  const most = Math.max(1, ...counts);
  const barsHeight = box.height - LABEL_PX - 8;
  const slot = box.width / counts.length;
  const base = box.y + barsHeight;
  counts.forEach((n, i) => {
    const h = n === 0 ? 3 : Math.max(6, (barsHeight * n) / most);
    ctx.fillStyle = n === 0 ? '#bbb' : binHex(scale, counts.length, i);
    ctx.fillRect(box.x + i * slot + GAP / 2, base - h, slot - GAP, h);
  });
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `${LABEL_PX}px ${FONT}`;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillText(`${scale.min} °C`, box.x, base + 8);
  ctx.textAlign = 'right';
  ctx.fillText(`${scale.max} °C`, box.x + box.width, base + 8);
  ctx.textAlign = 'left';
}
