import { berlinDay } from './berlin-time.ts';
import { sunPosition, type LatLon, type SunPosition } from './sun-position.ts';

/** One step of a day's sun path: its middle instant, the sun there, and the hours it stands for. */
export interface SunStep {
  time: number;
  sun: SunPosition;
  hours: number;
}

/** Options of a day's sun path. */
export interface SunPathOptions {
  /** Minutes per step. */
  stepMinutes: number;
  /** Below this altitude the sun counts as set (low sun barely lights and shadows grow without end). */
  minAltitudeDeg: number;
}

/** 15-minute steps, as planners' shadow studies use; the sun counts from 1° above the horizon. */
export const SUN_PATH_DEFAULTS: SunPathOptions = { stepMinutes: 15, minAltitudeDeg: 1 };

/** The steps of the Berlin day containing `utcMs` in which the sun is up, each in the middle of its interval. */
export function sunPath(utcMs: number, place: LatLon, options: Partial<SunPathOptions> = {}): SunStep[] {
  const o = { ...SUN_PATH_DEFAULTS, ...options };
  if (!(o.stepMinutes > 0 && o.stepMinutes <= 240))
    throw new Error('sunPath: stepMinutes must be in (0, 240]');
  const { start, end } = berlinDay(utcMs);
  const step = o.stepMinutes * 60_000;
  const steps: SunStep[] = [];
  for (let t = start; t < end; t += step) {
    const time = t + step / 2;
    const sun = sunPosition(time, place);
    if (sun.altitudeDeg >= o.minAltitudeDeg) steps.push({ time, sun, hours: o.stepMinutes / 60 });
  }
  return steps;
}

/** Hours of direct sun: the sum of the steps in which a point saw the sun. */
export function sunHoursOf(
  steps: readonly SunStep[],
  lit: (step: SunStep, index: number) => boolean,
): number {
  let hours = 0;
  steps.forEach((step, i) => {
    if (lit(step, i)) hours += step.hours;
  });
  return hours;
}
