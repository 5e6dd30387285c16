// CityJSON Sequence (`.city.jsonl`, as 3D BAG and cjio write it): a CityJSON header line (transform, CRS), then
// one CityJSONFeature per line with its own vertices. Read line by line: memory holds one feature's JSON.
import { InputError } from '../../core/input/input-error.ts';
import { parseJsonText } from '../../core/input/json-input.ts';
import { JsonReader } from '../../core/input/json-reader.ts';
import { parseCityJson, type CityJsonOptions, type ImportedCity } from './cityjson.ts';

/** A push reader for CityJSON Sequence lines (1-based line numbers in messages). */
export interface CityJsonSeqReader {
  line(text: string): void;
  close(): ImportedCity;
}

/** Creates a CityJSON Sequence reader; each feature is parsed with the header's transform. */
export function createCityJsonSeqReader(file: string, opts: CityJsonOptions = {}): CityJsonSeqReader {
  let lineNo = 0;
  let header: Record<string, unknown> | null = null;
  const city: ImportedCity = { crs: null, crsText: '', buildings: [] };
  return {
    line(text) {
      lineNo++;
      if (!text.trim()) return;
      const where = `${file}: line ${lineNo}`;
      const value = parseLine(text, file, lineNo);
      const type = new JsonReader(where, value).key('type').string();
      if (!header) {
        if (type !== 'CityJSON')
          throw new InputError(
            file,
            `line ${lineNo}: type`,
            `a CityJSON Sequence starts with "CityJSON", found "${type}"`,
          );
        header = value as Record<string, unknown>;
        const head = parseCityJson({ ...header, CityObjects: {}, vertices: [] }, where, opts);
        city.crs = head.crs;
        city.crsText = head.crsText;
        return;
      }
      if (type !== 'CityJSONFeature')
        throw new InputError(file, `line ${lineNo}: type`, `expected "CityJSONFeature", found "${type}"`);
      const feature = value as Record<string, unknown>;
      const doc = { ...header, CityObjects: feature.CityObjects, vertices: feature.vertices };
      city.buildings.push(...parseCityJson(doc, where, opts).buildings);
    },
    close() {
      if (!header) throw new InputError(file, 'line 1', 'the file holds no CityJSON header line (empty?)');
      return city;
    },
  };
}

function parseLine(text: string, file: string, lineNo: number): unknown {
  try {
    return parseJsonText(text, file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const detail = err.message.slice(`${file}: ${err.place}: `.length);
    throw new InputError(file, err.place.replace(/^line 1:/, `line ${lineNo}:`), detail);
  }
}
