import { createReadStream } from 'node:fs';
import type { ImportedBuilding } from './cityjson.ts';
import { createCityGmlReader, type CityGmlSummary } from './citygml/citygml-reader.ts';
import type { CityGmlMeshing, MeshedCity } from './import-city.ts';

/** Streams a CityGML file through the reader (1 MB at a time) and collects its buildings. */
export async function readCityGmlFile(
  file: string,
  name: string,
  lod?: number,
): Promise<{ buildings: ImportedBuilding[]; summary: CityGmlSummary }> {
  const buildings: ImportedBuilding[] = [];
  const reader = createCityGmlReader({ file: name, lod, onBuilding: (b) => buildings.push(b) });
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream) reader.write(chunk as string);
  return { buildings, summary: reader.close() };
}

/** Streams a CityGML file through the reader into `meshing`: buildings are meshed as they come, none are kept. */
export async function meshCityGmlFile(
  file: string,
  name: string,
  lod: number | undefined,
  meshing: CityGmlMeshing,
): Promise<{ meshed: MeshedCity; summary: CityGmlSummary }> {
  const reader = createCityGmlReader({ file: name, lod, onBuilding: meshing.onBuilding });
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream) reader.write(chunk as string);
  const summary = reader.close();
  return { meshed: meshing.finish(summary.srsName), summary };
}
