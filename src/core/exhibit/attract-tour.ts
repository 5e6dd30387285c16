/** A stop of the tour: where the viewpoint stands and which way it looks (compass degrees, 0 = north). */
export interface TourStop {
  position: readonly [number, number, number];
  headingDeg: number;
}

/** How the attract loop's camera moves over the viewpoints. */
export interface TourOptions {
  /** Seconds spent drifting slowly at each stop. */
  dwellSeconds: number;
  /** Seconds gliding from one stop to the next. */
  glideSeconds: number;
  /** How far behind the viewpoint (against its heading) and above it the camera floats, metres. */
  back: number;
  height: number;
  /** How far ahead of the viewpoint the camera looks, metres. */
  ahead: number;
  /** Degrees the view turns about its target during a dwell: slow, so nobody feels it. */
  driftDeg: number;
}

/** A slow, calm tour: 14 s at each stop, 6 s between, above the HKB tower (56 m) so nothing stands in the way. */
export const TOUR_DEFAULTS: TourOptions = {
  dwellSeconds: 14,
  glideSeconds: 6,
  back: 60,
  height: 75,
  ahead: 50,
  driftDeg: 20,
};

/** Where the tour's camera is and what it looks at; written into by `tourPose` so a frame allocates nothing. */
export interface TourPose {
  eye: [number, number, number];
  target: [number, number, number];
  /** The stop the tour is at or gliding towards (its caption is shown). */
  stop: number;
  /** 0..1 through the glide towards `stop`; 1 while dwelling there. */
  arrived: number;
}

/** A pose to write into. */
export function createTourPose(): TourPose {
  return { eye: [0, 0, 0], target: [0, 0, 0], stop: 0, arrived: 1 };
}

/** Check the options where they are merged over the defaults. */
export function expandTourOptions(partial: Partial<TourOptions> = {}): TourOptions {
  const o = { ...TOUR_DEFAULTS, ...partial };
  if (!(o.dwellSeconds > 0 && o.glideSeconds > 0))
    throw new Error(
      `attract tour: Requires dwell and glide above 0 s, not ${o.dwellSeconds}, ${o.glideSeconds}`,
    );
  return o;
}

const smooth = (t: number): number => t * t * (3 - 2 * t);
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** The camera of the stop at `index`, turned `drift` degrees about its target. */
function stopPose(stop: TourStop, o: TourOptions, driftDeg: number, eye: number[], target: number[]): void {
  const h = ((stop.headingDeg + driftDeg) * Math.PI) / 180;
  // Compass heading to local axes: north is -z, east is +x.
  const dx = Math.sin(h);
  const dz = -Math.cos(h);
  const [x, y, z] = stop.position;
  const tx = x + Math.sin((stop.headingDeg * Math.PI) / 180) * o.ahead;
  const tz = z - Math.cos((stop.headingDeg * Math.PI) / 180) * o.ahead;
  target[0] = tx;
  target[1] = y;
  target[2] = tz;
  eye[0] = tx - dx * (o.back + o.ahead);
  eye[1] = y + o.height;
  eye[2] = tz - dz * (o.back + o.ahead);
}

const fromEye = [0, 0, 0];
const fromTarget = [0, 0, 0];
const toEye = [0, 0, 0];
const toTarget = [0, 0, 0];

/** The tour's pose `seconds` after it began, looping over `stops` for ever; false without stops. */
export function tourPose(
  stops: readonly TourStop[],
  seconds: number,
  o: TourOptions,
  out: TourPose,
): boolean {
  const n = stops.length;
  if (n === 0) return false;
  const leg = o.dwellSeconds + o.glideSeconds;
  const t = ((seconds % (leg * n)) + leg * n) % (leg * n);
  const index = Math.floor(t / leg);
  const within = t - index * leg;
  const here = stops[index]!;
  out.stop = index;
  if (within < o.dwellSeconds || n === 1) {
    const drift = (Math.min(within, o.dwellSeconds) / o.dwellSeconds - 0.5) * o.driftDeg;
    stopPose(here, o, drift, out.eye, out.target);
    out.arrived = 1;
    return true;
  }
  const next = (index + 1) % n;
  const k = smooth((within - o.dwellSeconds) / o.glideSeconds);
  stopPose(here, o, o.driftDeg / 2, fromEye, fromTarget);
  stopPose(stops[next]!, o, -o.driftDeg / 2, toEye, toTarget);
  for (let i = 0; i < 3; i++) {
    out.eye[i] = lerp(fromEye[i]!, toEye[i]!, k);
    out.target[i] = lerp(fromTarget[i]!, toTarget[i]!, k);
  }
  out.stop = next;
  out.arrived = k;
  return true;
}
