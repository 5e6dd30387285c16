import { Box3 } from 'three';
import type { CityModel } from '../../city/city-model.ts';
import type { FootprintProjection } from '../../core/geo/footprint-geojson.ts';
import { createGeoFrame } from '../../core/geo/geo-frame.ts';
import { parseJsonText } from '../../core/input/json-input.ts';
import { JsonReader } from '../../core/input/json-reader.ts';
import { parseClearanceRules, type ClearanceRules } from '../../core/utilities/clearance-rules.ts';
import { parseNetwork, type Network } from '../../core/utilities/network-geojson.ts';

/** Fetch a JSON file as text; a failed request throws with the HTTP status. */
async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(new URL(url, document.baseURI), { cache: 'no-cache', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** The file name of a URL, as error messages name it. */
export const fileOf = (url: string): string => url.split(/[?#]/)[0]!.split('/').pop() || url;

/** Fetch and read a rules file; throws an InputError at the place that is wrong. */
export async function fetchRules(url: string, signal?: AbortSignal): Promise<ClearanceRules> {
  const file = fileOf(url);
  return parseClearanceRules(new JsonReader(file, parseJsonText(await fetchText(url, signal), file)));
}

/** Fetch a network file as JSON (its syntax checked, with line and column); read per city by `readNetwork`. */
export async function fetchNetworkJson(url: string, signal?: AbortSignal): Promise<unknown> {
  return parseJsonText(await fetchText(url, signal), fileOf(url));
}

/** Read network JSON in the frame of a city (its georeference converts EPSG:25833 and WGS84). */
export function readNetwork(json: unknown, file: string, model: CityModel | null): Network {
  return parseNetwork(json, file, model ? projectionOf(model) : {});
}

function projectionOf(model: CityModel): FootprintProjection {
  const origin = model.extras.origin;
  if (!origin) return {};
  const frame = createGeoFrame(origin.easting, origin.northing, origin.height);
  return {
    origin: frame.origin,
    lonLat: (lon, lat) => frame.lonLatToEN(lon, lat),
    utm: (e, n) => frame.utmToEN(e, n),
  };
}

/** Whether any vertex of the network lies over the city model: a sample network for another city does not. */
export function liesUnder(network: Network, model: CityModel): boolean {
  const box = new Box3().setFromObject(model.scene);
  return network.lines.some((line) =>
    line.vertices.some(
      (v) => v.east >= box.min.x && v.east <= box.max.x && -v.north >= box.min.z && -v.north <= box.max.z,
    ),
  );
}
