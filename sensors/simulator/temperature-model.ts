import { getPosition, getTimes } from 'suncalc';
import { hashNormal, hashString, hashUnit } from '../../src/core/random.ts';

/** Where and how the simulated city behaves: position, seed, and the shares of misbehaving sensors. */
export interface TemperatureModelOptions {
  lat: number;
  lon: number;
  seed: number;
  /** Share of sensors that repeat one value forever. */
  stuckShare: number;
  /** Share of sensors that went silent hours ago (their building shows "no current data"). */
  failedShare: number;
  /** Share of sensors that now and then send -127 °C, a common probe error code. */
  faultyShare: number;
  /** Chance that one scheduled reading is lost. */
  dropoutRate: number;
}

/** Neubrandenburg, seed 1, 1 % stuck, 1 % failed, 0.5 % faulty, 2 % dropouts. */
export const TEMPERATURE_MODEL_DEFAULTS: TemperatureModelOptions = {
  lat: 53.56,
  lon: 13.26,
  seed: 1,
  stuckShare: 0.01,
  failedShare: 0.01,
  faultyShare: 0.005,
  dropoutRate: 0.02,
};

/** How one sensor deviates from the outdoor air, fixed by its id and the seed. */
export interface SensorProfile {
  sensorId: string;
  hash: number;
  /** Warmer façades of heated buildings, cooler open or shaded spots, in °C. */
  offset: number;
  /** Extra warming in full sun, in °C (south-facing high, north-facing none). */
  solarGain: number;
  /** How many hours the sensor's temperature lags the sun. */
  lagHours: number;
  /** Standard deviation of measurement noise, °C. */
  noise: number;
  fault: 'none' | 'stuck' | 'failed' | 'faulty';
  /** How the simulator sends it: a bare number or JSON with unit and time. */
  form: 'bare' | 'json';
}

const USES = [
  { offset: 0.9, weight: 0.55 }, // residential: heated, façade loses heat
  { offset: 0.6, weight: 0.2 }, // offices and shops
  { offset: 0.2, weight: 0.1 }, // industry and storage, barely heated
  { offset: -0.6, weight: 0.15 }, // open, near water or green
] as const;
const EXPOSURE_GAIN = [3.5, 1.8, 1.8, 0.2] as const; // south, east, west, north
const DAY = 86_400_000;

/** The deterministic profile of a sensor for a seed. */
export function sensorProfile(
  sensorId: string,
  options: TemperatureModelOptions = TEMPERATURE_MODEL_DEFAULTS,
): SensorProfile {
  const hash = hashString(sensorId, options.seed);
  const pick = (salt: number): number => hashUnit(hash, salt);
  let roll = pick(1);
  let offset = 0;
  for (const use of USES) {
    offset = use.offset;
    if ((roll -= use.weight) < 0) break;
  }
  const faultRoll = pick(3);
  const fault =
    faultRoll < options.stuckShare
      ? 'stuck'
      : faultRoll < options.stuckShare + options.failedShare
        ? 'failed'
        : faultRoll < options.stuckShare + options.failedShare + options.faultyShare
          ? 'faulty'
          : 'none';
  return {
    sensorId,
    hash,
    offset: offset + (pick(4) - 0.5) * 0.8,
    solarGain: EXPOSURE_GAIN[Math.floor(pick(2) * 4)] ?? 0,
    lagHours: 1 + pick(5) * 2,
    noise: 0.05 + pick(6) * 0.2,
    fault,
    form: pick(7) < 0.3 ? 'bare' : 'json',
  };
}

/** Daily mean air temperature for the day of year in Neubrandenburg (about 0 °C in January, 18 °C in July). */
export function seasonalMean(time: number): number {
  const day = dayOfYear(time);
  return 8.8 - 9.5 * Math.cos((2 * Math.PI * (day - 20)) / 365.25);
}

/** How strongly the sun heats, 0 at night to 1 at the day's highest sun, `lagHours` after the sun itself. */
export function solarHeating(time: number, options: TemperatureModelOptions, lagHours = 2): number {
  const at = time - lagHours * 3_600_000;
  const altitude = getPosition(new Date(at), options.lat, options.lon).altitude;
  const noon = getTimes(new Date(at), options.lat, options.lon).solarNoon;
  const highest = getPosition(noon, options.lat, options.lon).altitude;
  // suncalc 2 gives altitudes in degrees.
  const rad = Math.PI / 180;
  return Math.max(0, Math.sin(altitude * rad)) / Math.max(0.1, Math.sin(highest * rad));
}

/** Outdoor air temperature at a time: seasonal mean, a diurnal cycle driven by the sun, and multi-day weather. */
export function airTemperature(
  time: number,
  options: TemperatureModelOptions = TEMPERATURE_MODEL_DEFAULTS,
): number {
  const day = dayOfYear(time);
  // Half the day-night range: about 2 °C in winter, 5 °C in summer.
  const summer = (1 - Math.cos((2 * Math.PI * (day - 20)) / 365.25)) / 2;
  const halfRange = 1.5 + 3.5 * summer;
  const diurnal = halfRange * (2 * solarHeating(time, options) - 0.6);
  return seasonalMean(time) + diurnal + weather(time, options.seed);
}

/** A sensor's reading at a time in °C, or null when it sends nothing (failed, or a dropout). */
export function sensorTemperature(
  profile: SensorProfile,
  time: number,
  options: TemperatureModelOptions = TEMPERATURE_MODEL_DEFAULTS,
): number | null {
  const slot = Math.floor(time / 10_000);
  if (profile.fault === 'failed') return null;
  if (hashUnit(profile.hash, slot, 11) < options.dropoutRate) return null;
  if (profile.fault === 'stuck') return round(4 + hashUnit(profile.hash, 12) * 12);
  if (profile.fault === 'faulty' && hashUnit(profile.hash, slot, 13) < 0.2) return -127;
  const sun = solarHeating(time, options, profile.lagHours);
  const value =
    airTemperature(time, options) +
    profile.offset +
    profile.solarGain * sun +
    profile.noise * hashNormal(profile.hash, slot);
  return round(value);
}

/** The last reading a failed sensor sent before it fell silent, 1 to 12 hours before `now`. */
export function lastWords(
  profile: SensorProfile,
  now: number,
  options = TEMPERATURE_MODEL_DEFAULTS,
): { celsius: number; time: number } {
  const time = now - Math.round((1 + hashUnit(profile.hash, 14) * 11) * 3_600_000);
  return { celsius: round(airTemperature(time, options) + profile.offset), time };
}

function weather(time: number, seed: number): number {
  // Smooth noise with a knot every 36 h: warm and cold spells of a few degrees.
  const x = time / (36 * 3_600_000);
  const k = Math.floor(x);
  const f = x - k;
  const a = hashNormal(seed, k, 21);
  const b = hashNormal(seed, k + 1, 21);
  const s = (1 - Math.cos(Math.PI * f)) / 2;
  return 2 * (a + (b - a) * s);
}

function dayOfYear(time: number): number {
  const date = new Date(time);
  return (time - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
