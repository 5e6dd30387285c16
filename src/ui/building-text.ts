import type { TFunction } from 'i18next';
import {
  NO_DATA_HEX,
  NO_SENSOR_HEX,
  colourFor,
  legendStops,
  toHex,
  type ColourScale,
} from '../core/colour/colour-scale.ts';
import type { LiveState } from '../core/sensors/state.ts';
import type { Age, BuildingView } from '../core/city/selection-view.ts';

/** The info panel's lines as plain text (never markup), shared by the page panel and the VR panel. */
export interface PanelText {
  name: string;
  address: string;
  temperature: string;
  age: string;
  /** The colour the building shows for its state. */
  swatch: string;
  state: LiveState;
  sensors: { id: string; label: string; value: string; state: string; stateCode: LiveState }[];
  noSensor: string;
}

/** One legend line: a colour and what it means; a stop of the scale or one of the two special looks. */
export interface LegendEntry {
  key: string;
  kind: 'stop' | 'special';
  hex: string;
  label: string;
}

/** A temperature in the page's language: `21,4 °C` / `21.4 °C`; the no-reading text for null. */
export function celsiusText(value: number | null, t: TFunction, lang: string): string {
  if (value === null || !Number.isFinite(value)) return t('panel.no-reading');
  const text = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );
  return t('panel.celsius', { value: text });
}

/** "vor 12 s" / "12 s ago"; empty without a reading. */
export function ageText(age: Age | null, t: TFunction): string {
  return age ? t('panel.age', { value: age.value, unit: t(`unit.${age.unit}`) }) : '';
}

/** The swatch colour of a building state: scale colour when live, grey when stale, stone without sensor. */
export function stateColour(celsius: number | null, state: LiveState, scale: ColourScale): string {
  if (state === 'live' && celsius !== null) return toHex(colourFor(celsius, scale));
  return state === 'stale' ? NO_DATA_HEX : NO_SENSOR_HEX;
}

/** Format a building view for display. */
export function panelText(view: BuildingView, t: TFunction, lang: string, scale: ColourScale): PanelText {
  return {
    name: view.name,
    address: view.address,
    temperature: celsiusText(view.celsius, t, lang),
    age: ageText(view.age, t),
    swatch: stateColour(view.celsius, view.state, scale),
    state: view.state,
    sensors: view.sensors.map((s) => ({
      id: s.sensorId,
      label: s.label,
      value: celsiusText(s.celsius, t, lang),
      state: [t(`panel.state.${s.state}`), ageText(s.age, t)].filter(Boolean).join(', '),
      stateCode: s.state,
    })),
    noSensor: view.sensors.length === 0 ? t('panel.no-sensor') : '',
  };
}

/** The legend: the scale's stops, coldest first (whole degrees without decimals), then "no sensor" and "no current data". */
export function legendEntries(t: TFunction, lang: string, scale: ColourScale): LegendEntry[] {
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const stops = legendStops(scale).map((s): LegendEntry => ({
    key: `stop-${s.celsius}`,
    kind: 'stop',
    hex: s.hex,
    label: t('panel.celsius', { value: format.format(s.celsius) }),
  }));
  return [
    ...stops,
    { key: 'no-sensor', kind: 'special', hex: NO_SENSOR_HEX, label: t('legend.no-sensor') },
    { key: 'no-data', kind: 'special', hex: NO_DATA_HEX, label: t('legend.no-data') },
  ];
}
