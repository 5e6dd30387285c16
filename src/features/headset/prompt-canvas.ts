import { fitted } from '../../ui/xr/info-panel-canvas.ts';

const FONT = 'system-ui, "Segoe UI", sans-serif';

/** Paint the guide's suggestion: the question large, what the buttons do below; canvas text is never markup. */
export function paintPrompt(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  question: string,
  hint: string,
): void {
  ctx.fillStyle = 'rgba(20, 40, 70, 0.92)';
  ctx.beginPath();
  ctx.roundRect(0, 0, width, height, 36);
  ctx.fill();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold 72px ${FONT}`;
  ctx.fillText(fitted(ctx, question, width - 80), width / 2, height * 0.38);
  ctx.fillStyle = '#d6e4ff';
  ctx.font = `44px ${FONT}`;
  ctx.fillText(fitted(ctx, hint, width - 80), width / 2, height * 0.74);
}
