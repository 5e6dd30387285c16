import { CanvasTexture, SRGBColorSpace } from 'three';
import type { Sparkline } from '../../core/colour/sparkline.ts';
import type { ColourScale } from '../../core/colour/colour-scale.ts';
import type { LegendEntry, PanelText } from '../building-text.ts';
import { paintHistogram } from './legend-histogram-canvas.ts';

/** Pixels the legend keeps at its foot for the distribution. */
export const HISTOGRAM_PX = 190;

/** A 2D canvas drawn as a texture, for panels in the 3D world (VR), where DOM cannot go. */
export interface CanvasPanel {
  readonly canvas: HTMLCanvasElement;
  readonly texture: CanvasTexture;
  /** Draw with the 2D context, then upload once. */
  draw(paint: (ctx: CanvasRenderingContext2D, width: number, height: number) => void): void;
  dispose(): void;
}

/** Create a canvas panel of `width` x `height` pixels. */
export function createCanvasPanel(width: number, height: number): CanvasPanel {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return {
    canvas,
    texture,
    draw(paint) {
      if (!ctx) return;
      ctx.clearRect(0, 0, width, height);
      paint(ctx, width, height);
      texture.needsUpdate = true;
    },
    dispose: () => texture.dispose(),
  };
}

const FONT = 'system-ui, "Segoe UI", sans-serif';

function card(ctx: CanvasRenderingContext2D, width: number, height: number): void {
  ctx.fillStyle = 'rgba(255, 255, 255, 0.94)';
  ctx.beginPath();
  ctx.roundRect(0, 0, width, height, 28);
  ctx.fill();
}

/** Fit text into a width, cutting it with an ellipsis; canvas text is never markup. */
export function fitted(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Paint the info panel: name, address, temperature with its age, sensors, and the sparkline. */
export function paintInfoPanel(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  text: PanelText,
  spark: Sparkline,
  labels: { lastHour: string; noHistory: string },
): void {
  const pad = 44;
  const inner = width - 2 * pad;
  card(ctx, width, height);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `bold 64px ${FONT}`;
  ctx.fillText(fitted(ctx, text.name, inner - 60), pad, pad);
  ctx.font = `44px ${FONT}`;
  ctx.fillStyle = '#555';
  ctx.fillText('×', width - pad - 28, pad);
  let y = pad + 78;
  ctx.font = `36px ${FONT}`;
  if (text.address) {
    ctx.fillText(fitted(ctx, text.address, inner), pad, y);
    y += 50;
  }
  ctx.fillStyle = text.swatch;
  ctx.fillRect(pad, y + 8, 52, 52);
  ctx.strokeStyle = '#444';
  ctx.lineWidth = 2;
  ctx.strokeRect(pad, y + 8, 52, 52);
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `bold 64px ${FONT}`;
  ctx.fillText(text.temperature, pad + 72, y);
  const after = pad + 72 + ctx.measureText(text.temperature).width + 24;
  ctx.font = `36px ${FONT}`;
  ctx.fillStyle = '#444';
  ctx.fillText(fitted(ctx, text.age, width - pad - after), after, y + 20);
  y += 90;
  if (text.noSensor) {
    ctx.fillText(fitted(ctx, text.noSensor, inner), pad, y);
    return;
  }
  for (const s of text.sensors.slice(0, 3)) {
    ctx.font = `40px ${FONT}`;
    ctx.fillStyle = '#1b1b1b';
    ctx.textAlign = 'right';
    ctx.fillText(s.value, width - pad, y);
    const valueWidth = ctx.measureText(s.value).width;
    ctx.textAlign = 'left';
    ctx.fillText(fitted(ctx, s.label, inner - valueWidth - 24), pad, y);
    ctx.font = `30px ${FONT}`;
    ctx.fillStyle = '#555';
    ctx.fillText(fitted(ctx, s.state, inner), pad, y + 46);
    y += 88;
  }
  ctx.font = `32px ${FONT}`;
  ctx.fillStyle = '#555';
  ctx.fillText(labels.lastHour, pad, y);
  y += 44;
  if (spark.points.length === 0) {
    ctx.fillText(labels.noHistory, pad, y);
    return;
  }
  // The sparkline was laid out in a 120 x 32 box; scale it to the space left.
  const box = { x: pad, y, w: inner, h: Math.max(40, height - y - pad) };
  ctx.strokeStyle = '#1f4e8c';
  ctx.lineWidth = 6;
  ctx.beginPath();
  spark.points.forEach(([x, py], i) => {
    const sx = box.x + (x / 120) * box.w;
    const sy = box.y + (py / 32) * box.h;
    if (i === 0) ctx.moveTo(sx, sy);
    else ctx.lineTo(sx, sy);
  });
  ctx.stroke();
}

/** Paint the legend: title, one swatch per entry, and under them the distribution when there is one. */
export function paintLegend(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  title: string,
  entries: readonly LegendEntry[],
  distribution?: { counts: readonly number[]; scale: ColourScale },
): void {
  card(ctx, width, height);
  const pad = 28;
  const below = distribution ? HISTOGRAM_PX : 0;
  if (distribution)
    paintHistogram(
      ctx,
      { x: pad, y: height - pad - HISTOGRAM_PX + 16, width: width - pad * 2, height: HISTOGRAM_PX - 16 },
      distribution.counts,
      distribution.scale,
    );
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `bold 40px ${FONT}`;
  ctx.fillText(fitted(ctx, title, width - pad * 2), pad, pad + 22);
  const row = (height - pad * 2 - 60 - below) / entries.length;
  ctx.font = `${Math.min(34, row * 0.7)}px ${FONT}`;
  entries.forEach((e, i) => {
    const y = pad + 60 + i * row;
    ctx.fillStyle = e.hex;
    ctx.fillRect(pad, y + row * 0.15, row * 0.7, row * 0.7);
    ctx.strokeStyle = '#444';
    ctx.lineWidth = 2;
    ctx.strokeRect(pad, y + row * 0.15, row * 0.7, row * 0.7);
    ctx.fillStyle = '#1b1b1b';
    ctx.fillText(fitted(ctx, e.label, width - pad * 2 - row), pad + row, y + row / 2);
  });
}
