import { parseCsv } from '../input/csv.ts';
import { lineColAt } from '../input/json-input.ts';
import { findJsonErrorOffset } from '../input/json-locate.ts';
import { isControl } from './value.ts';

/** One sensor bound to one building: ids, display unit and label (text, never markup), mounting height in m. */
export interface RegistryEntry {
  sensor: string;
  building: string;
  unit: string;
  label: string;
  height?: number;
}

/** A registry row before binding: the building may be missing when coordinates are given instead. */
export interface RegistrySourceEntry extends Partial<RegistryEntry> {
  sensor: string;
  /** WGS84 degrees. */
  lon?: number;
  lat?: number;
  /** Local metres, the city's x (east) and z (south). */
  x?: number;
  z?: number;
  /** ETRS89 / UTM 33N metres (EPSG:25833), the CRS of Mecklenburg-Vorpommern's geodata. */
  easting?: number;
  northing?: number;
  /** The line in the file, for error messages. */
  line: number;
}

const COLUMNS = [
  'sensor',
  'building',
  'unit',
  'label',
  'height',
  'lon',
  'lat',
  'x',
  'z',
  'easting',
  'northing',
] as const;
const NUMERIC = new Set(['height', 'lon', 'lat', 'x', 'z', 'easting', 'northing']);

/** Parse a registry file (JSON array or CSV with a header); throws an Error naming the file and line. */
export function parseRegistry(text: string, fileName: string): RegistryEntry[] {
  const rows = parseRegistrySource(text, fileName);
  for (const row of rows) {
    if (!row.building) {
      const hint = hasCoordinates(row) ? ' (coordinates bind to buildings with npm run city -- bind)' : '';
      throw new Error(`${fileName} line ${row.line}: building is empty${hint}`);
    }
  }
  return rows.map(toEntry);
}

/** Parse and validate the rows without binding coordinates to buildings. */
export function parseRegistrySource(text: string, fileName: string): RegistrySourceEntry[] {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const records =
    trimmed.startsWith('[') || trimmed.startsWith('{')
      ? jsonRecords(text, fileName)
      : csvRecords(text, fileName);
  const seen = new Map<string, number>();
  return records.map(({ line, fields }) => {
    const fail = (message: string): never => {
      throw new Error(`${fileName} line ${line}: ${message}`);
    };
    const row: RegistrySourceEntry = { sensor: '', line };
    for (const key of COLUMNS) {
      const raw = fields[key];
      if (raw === undefined || raw === null || raw === '') continue;
      if (NUMERIC.has(key)) {
        const n =
          typeof raw === 'number'
            ? raw
            : typeof raw === 'string'
              ? Number(raw.trim().replace(',', '.'))
              : NaN;
        if (!Number.isFinite(n)) fail(`${key} is not a number`);
        (row as unknown as Record<string, number>)[key] = n;
      } else {
        if (typeof raw !== 'string' && typeof raw !== 'number') fail(`${key} is not text`);
        (row as unknown as Record<string, string>)[key] = String(raw).trim();
      }
    }
    if (row.sensor === '') fail('sensor is empty');
    if (/[/+#]/.test(row.sensor) || [...row.sensor].some(isControl))
      fail(`sensor "${row.sensor}" contains / + # or a control character`);
    const first = seen.get(row.sensor);
    if (first !== undefined) fail(`sensor "${row.sensor}" is already on line ${first}`);
    seen.set(row.sensor, line);
    if (!row.building && !hasCoordinates(row)) fail('building is empty');
    if ((row.lon === undefined) !== (row.lat === undefined)) fail('give both lon and lat');
    if ((row.x === undefined) !== (row.z === undefined)) fail('give both x and z');
    if ((row.easting === undefined) !== (row.northing === undefined)) fail('give both easting and northing');
    if (row.lat !== undefined && Math.abs(row.lat) > 90) fail('lat is outside -90..90');
    if (row.lon !== undefined && Math.abs(row.lon) > 180) fail('lon is outside -180..180');
    if (row.height !== undefined && (row.height < 0 || row.height > 1000))
      fail('height is outside 0..1000 m');
    return row;
  });
}

/** Whether a row gives a position instead of (or as well as) a building. */
export function hasCoordinates(row: RegistrySourceEntry): boolean {
  return (
    (row.lon !== undefined && row.lat !== undefined) ||
    (row.x !== undefined && row.z !== undefined) ||
    (row.easting !== undefined && row.northing !== undefined)
  );
}

/** The registry entry of a row with its building set. */
export function toEntry(row: RegistrySourceEntry): RegistryEntry {
  const entry: RegistryEntry = {
    sensor: row.sensor,
    building: row.building ?? '',
    unit: row.unit || '°C',
    label: row.label || row.sensor,
  };
  if (row.height !== undefined) entry.height = row.height;
  return entry;
}

interface RawRecord {
  line: number;
  fields: Record<string, unknown>;
}

function csvRecords(text: string, fileName: string): RawRecord[] {
  const rows = parseCsv(text, fileName);
  const header = rows.shift();
  if (!header) throw new Error(`${fileName} line 1: the file is empty`);
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const unknown = names.find((name) => !(COLUMNS as readonly string[]).includes(name));
  if (unknown !== undefined) throw new Error(`${fileName} line ${header.line}: unknown column "${unknown}"`);
  if (!names.includes('sensor'))
    throw new Error(`${fileName} line ${header.line}: the header has no sensor column`);
  return rows.map(({ line, cells }) => {
    if (cells.length > names.length)
      throw new Error(`${fileName} line ${line}: more cells than header columns`);
    const fields: Record<string, unknown> = {};
    names.forEach((name, i) => (fields[name] = cells[i]));
    return { line, fields };
  });
}

function jsonRecords(text: string, fileName: string): RawRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const json = text.replace(/^\uFEFF/, '');
    throw new Error(`${fileName} line ${lineColAt(json, findJsonErrorOffset(json)).line}: not valid JSON`);
  }
  const list = Array.isArray(data) ? data : (data as { sensors?: unknown } | null)?.sensors;
  if (!Array.isArray(list)) throw new Error(`${fileName} line 1: expected a JSON array of sensors`);
  const lines = elementLines(text);
  return list.map((item: unknown, i) => {
    const line = lines[i] ?? 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new Error(`${fileName} line ${line}: entry ${i + 1} is not an object`);
    }
    return { line, fields: item as Record<string, unknown> };
  });
}

/** The line on which each object of the sensor array starts (objects at nesting depth 2 or the top array). */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  const top = text.trimStart().startsWith('{') ? 2 : 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (depth === top) lines.push(line);
      depth++;
    } else if (c === ']' || c === '}') depth--;
  }
  return lines;
}
