import { fitted } from '../../../ui/xr/info-panel-canvas.ts';
import { VR_MENU_BUTTONS, VR_MENU_STATUS_Y, type VrMenuAction } from './vr-menu-layout.ts';

/** What the VR menu shows: its title, each button's label and whether it is on or usable, and the status. */
export interface VrMenuText {
  title: string;
  sample: string;
  labels: Record<VrMenuAction, string>;
  on: Partial<Record<VrMenuAction, boolean>>;
  disabled: Partial<Record<VrMenuAction, boolean>>;
  /** The button a ray rests on: outlined, so the visitor sees what the trigger will press. */
  aimed: VrMenuAction | null;
  /** Between the radius buttons. */
  radius: string;
  status: string;
  /** The status is a warning (clashes found). */
  alarm: boolean;
}

const FONT = 'system-ui, "Segoe UI", sans-serif';

/** Paint the menu: a card, the title with the sample mark, the buttons, the radius and the status line. */
export function paintVrMenu(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  text: VrMenuText,
): void {
  ctx.fillStyle = 'rgba(255, 255, 255, 0.95)';
  ctx.beginPath();
  ctx.roundRect(0, 0, width, height, 24);
  ctx.fill();
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `bold 36px ${FONT}`;
  ctx.fillText(fitted(ctx, text.title, width * 0.55), 24, 40);
  if (text.sample) {
    ctx.font = `bold 24px ${FONT}`;
    ctx.fillStyle = '#8a6400';
    ctx.textAlign = 'right';
    ctx.fillText(fitted(ctx, text.sample, width * 0.38), width - 24, 40);
    ctx.textAlign = 'left';
  }
  for (const b of VR_MENU_BUTTONS) {
    const on = text.on[b.action] === true;
    const off = text.disabled[b.action] === true;
    ctx.fillStyle = on ? '#1f5fbf' : off ? '#e4e4e4' : '#d8e4f5';
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.width, b.height, 14);
    ctx.fill();
    if (text.aimed === b.action) {
      ctx.strokeStyle = '#f0a000';
      ctx.lineWidth = 8;
      ctx.stroke();
    }
    ctx.fillStyle = on ? '#ffffff' : off ? '#8a8a8a' : '#12325f';
    ctx.font = `bold ${b.width === b.height ? 48 : 32}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(fitted(ctx, text.labels[b.action], b.width - 24), b.x + b.width / 2, b.y + b.height / 2);
    ctx.textAlign = 'left';
  }
  const radiusRow = VR_MENU_BUTTONS.find((b) => b.action === 'smaller')!;
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `32px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(text.radius, width / 2, radiusRow.y + radiusRow.height / 2);
  ctx.fillStyle = text.alarm ? '#a4281f' : '#1e6b34';
  ctx.font = `bold 32px ${FONT}`;
  ctx.fillText(fitted(ctx, text.status, width - 48), width / 2, VR_MENU_STATUS_Y);
  ctx.textAlign = 'left';
}
