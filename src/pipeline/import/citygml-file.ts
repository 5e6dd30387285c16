import { createReadStream } from 'node:fs';
import type { ImportedBuilding } from './cityjson.ts';
import { createCityGmlReader, type CityGmlSummary } from './citygml/citygml-reader.ts';

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
