import { NO_DATA_HEX, fromHex, writeColour, type ColourScale } from '../colour/colour-scale.ts';
import { createAutoScale, type AutoScaleOptions } from '../colour/auto-scale.ts';
import { histogram } from '../colour/distribution.ts';
import type { FeatureBounds } from '../city/feature-bounds.ts';
import {
  OUTLIER_DEFAULTS,
  findNeighbours,
  markOutliers,
  type Neighbours,
  type OutlierOptions,
} from '../colour/outliers.ts';
import { createParser, type ParseOptions } from './payload.ts';
import { createMessageRate } from './rate.ts';
import type { RejectReason } from './reading.ts';
import type { RegistryEntry } from './registry.ts';
import { LIVE, NONE, STALE } from './sensor-table.ts';
import { createSensorState, type SensorState, type SensorStateOptions } from './state.ts';

/** `auto` fits the live readings; `fixed` is the configured scale. */
export type ScaleMode = 'auto' | 'fixed';

/** The scale the buildings are drawn in now, for the legend. */
export interface ShownScale extends ColourScale {
  mode: ScaleMode;
}

/** Everything from the broker to the colours, without a broker: what the worker runs, and the tests and Node. */
export interface IngestOptions {
  parse: Omit<ParseOptions, 'receivedAt'>;
  state: Partial<SensorStateOptions>;
  /** The fixed scale, and the automatic scale's start before any reading. */
  scale: ColourScale;
  scaleMode: ScaleMode;
  autoScale: Partial<AutoScaleOptions>;
  /** How often the automatic scale and the distribution are worked out again. */
  scaleEveryMs: number;
  histogramBins: number;
  outliers: Partial<OutlierOptions>;
}

/** What changed since the last batch: colours by feature index, sensors' new values, and the figures. */
export interface IngestBatch {
  /** Feature indices whose colour changed, and their RGBA (alpha 0: the model's own colour). */
  features: Int32Array;
  colours: Uint8Array;
  /** Sensors (by table index) with a new value, and that value. */
  sensors: Int32Array;
  celsius: Float64Array;
  times: Float64Array;
  received: number;
  ratePerSecond: number;
  rejectedBy: Record<RejectReason, number>;
  scale: ShownScale;
  /** Live buildings per bin from scale.min to scale.max (the ends take what lies beyond). */
  histogram: Uint32Array;
  /** Buildings far off their neighbours (0 without the city's bounds). */
  outliers: number;
}

/** The ingest: parse and reduce each message, and hand out what changed at most once per frame. */
export interface Ingest {
  readonly state: SensorState;
  message(topic: string, payload: Uint8Array | string, now: number): void;
  /** The shown city's building id per feature index (null where a feature is no building), and where each
   * feature stands (for its neighbours): repaints all. */
  setFeatures(ids: readonly (string | null)[], bounds?: FeatureBounds): void;
  /** Draw every building but the outliers washed out, or all in their colour again. */
  highlightOutliers(on: boolean): void;
  takeBatch(now: number): IngestBatch;
}

/** Default parse options, the reducer's defaults, the configured scale, automatic, once a second, 12 bins. */
export const INGEST_DEFAULTS: Omit<IngestOptions, 'parse' | 'scale'> = {
  state: {},
  scaleMode: 'auto',
  autoScale: {},
  scaleEveryMs: 1000,
  histogramBins: 12,
  outliers: {},
};

/** How much of a washed-out colour is the light grey it is mixed with. */
const WASH = 0.75;

const NO_DATA = fromHex(NO_DATA_HEX);

/** Create the ingest for a registry. */
export function createIngest(
  registry: readonly RegistryEntry[],
  options: Pick<IngestOptions, 'parse' | 'scale'> & Partial<IngestOptions>,
): Ingest {
  const o: IngestOptions = { ...INGEST_DEFAULTS, ...options };
  const state = createSensorState(registry, o.state);
  const { table } = state;
  const buildings = table.buildingIds.length;
  const auto = createAutoScale({ comfort: o.scale.comfort, ...o.autoScale });
  const rate = createMessageRate();
  let now = 0;
  const parse = createParser(o.parse, {
    reading: (sensorId, celsius, time) => state.applyOne(sensorId, celsius, time, now),
    rejection: (r) => state.reject([r]),
  });
  let received = 0;
  let featureOf = new Int32Array(buildings).fill(-1);
  let repaintAll = false;
  let scale: ShownScale = { mode: o.scaleMode, ...o.scale };
  let bins: Uint32Array = new Uint32Array(o.histogramBins);
  let lastFit = -Infinity;
  const liveValues = new Float64Array(buildings);
  let neighbours: Neighbours | null = null;
  let featureValues = new Float64Array(0);
  let outlier = new Uint8Array(0);
  let outliers = 0;
  let highlight = false;
  const outlierOptions = { ...OUTLIER_DEFAULTS, ...o.outliers };

  const refit = (now: number): void => {
    lastFit = now;
    for (let b = 0; b < buildings; b++) {
      const shown = state.shown(b);
      liveValues[b] = shown.state === LIVE ? shown.celsius : Number.NaN;
    }
    if (o.scaleMode === 'auto' && auto.update(liveValues, now)) {
      scale = { mode: 'auto', ...auto.current()! };
      repaintAll = true;
    }
    bins = histogram(liveValues, scale.min, scale.max, o.histogramBins);
    if (!neighbours) return;
    featureValues.fill(Number.NaN);
    for (let b = 0; b < buildings; b++) if (featureOf[b]! >= 0) featureValues[featureOf[b]!] = liveValues[b]!;
    const before = outlier.slice();
    outliers = markOutliers(featureValues, neighbours, outlier, outlierOptions);
    if (highlight && outlier.some((v, f) => v !== before[f])) repaintAll = true;
  };
  const paint = (colours: Uint8Array, at: number, b: number, f: number): void => {
    const shown = state.shown(b);
    if (shown.state === LIVE) writeColour(colours, at, shown.celsius, scale);
    else if (shown.state === STALE) colours.set(NO_DATA, at);
    colours[at + 3] = shown.state === NONE ? 0 : 255;
    if (highlight && neighbours && shown.state !== NONE && !outlier[f])
      for (let c = 0; c < 3; c++) colours[at + c] = Math.round(colours[at + c]! * (1 - WASH) + 235 * WASH);
  };

  return {
    state,
    message(topic, payload, at) {
      rate.count(at);
      received++;
      now = at;
      parse(topic, payload, at);
    },
    setFeatures(ids, bounds) {
      featureOf = new Int32Array(buildings).fill(-1);
      ids.forEach((id, f) => {
        const b = id === null ? undefined : table.buildingIndex.get(id);
        if (b !== undefined) featureOf[b] = f;
      });
      neighbours = bounds ? findNeighbours(bounds, outlierOptions) : null;
      featureValues = new Float64Array(ids.length);
      outlier = new Uint8Array(ids.length);
      outliers = 0;
      repaintAll = true;
      lastFit = -Infinity;
    },
    highlightOutliers(on) {
      if (on !== highlight) repaintAll = true;
      highlight = on;
    },
    takeBatch(now) {
      const changed = state.takeChanged(now);
      if (now - lastFit >= o.scaleEveryMs || (lastFit === -Infinity && changed.length > 0)) refit(now);
      const all = repaintAll;
      repaintAll = false;
      const list = all ? null : changed;
      const count = list ? list.length : buildings;
      const features = new Int32Array(count);
      const colours = new Uint8Array(count * 4);
      let n = 0;
      for (let k = 0; k < count; k++) {
        const b = list ? list[k]! : k;
        const f = featureOf[b]!;
        // A fresh texture already shows the model's colour where there is no value.
        if (f < 0 || (all && state.shown(b).state === NONE)) continue;
        features[n] = f;
        paint(colours, n * 4, b, f);
        n++;
      }
      const sensors = state.takeChangedSensors().slice();
      return {
        features: features.slice(0, n),
        colours: colours.slice(0, n * 4),
        sensors,
        celsius: Float64Array.from(sensors, (i) => table.celsius[i]!),
        times: Float64Array.from(sensors, (i) => table.time[i]!),
        received,
        ratePerSecond: rate.perSecond(now),
        rejectedBy: { ...state.rejectedBy() },
        scale,
        histogram: bins,
        outliers,
      };
    },
  };
}
