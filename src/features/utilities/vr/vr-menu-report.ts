import type { VrMenuAction } from './vr-menu-layout.ts';

/** The VR menu as the automation handle reports it. */
export interface VrMenuReport {
  /** The status line as painted: the check's result count, or what to do next. */
  status: string;
  /**
   * On the left wrist; false while it floats in view, as it does until the left controller is tracked (its
   * buttons move when it goes onto the wrist).
   */
  onWrist: boolean;
  /** A controller's ray rests on the menu. */
  hovered: boolean;
  /** The button a ray rests on. */
  aimed: VrMenuAction | null;
  /** Each button's centre in the headset's play space (local-floor metres): where a controller aims to press it. */
  targets: Record<VrMenuAction, [number, number, number]>;
}
