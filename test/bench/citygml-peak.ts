// One import in a process of its own, so its peak resident memory (maxRSS) is its own: `streamed`, the import as
// the pipeline runs it (CityGML or CityJSON); `collected`, every CityGML building read before any is meshed;
// `json-parse`, JSON.parse of the file alone; `json-whole`, CityJSON parsed whole, then meshed (the baselines).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cityToGlb } from '../../src/pipeline/write-city.ts';
import { createNodeCrsRegistry } from '../../src/pipeline/geo/epsg-set.ts';
import { buildingsToCity } from '../../src/pipeline/import/building-mesher.ts';
import { parseCityJson } from '../../src/pipeline/import/cityjson.ts';
import { readCityGmlFile } from '../../src/pipeline/import/citygml-file.ts';
import { meshCityJson } from '../../src/pipeline/import/import-city.ts';
import { resolveImportCrs } from '../../src/pipeline/import/import-crs.ts';
import { importFile } from '../../src/pipeline/import/import-file.ts';

const [mode, file, dir] = process.argv.slice(2) as [string, string, string];
const start = performance.now();
if (mode === 'streamed') await importFile(file, join(dir, `${mode}.glb`));
else if (mode === 'json-parse') JSON.parse(await readFile(file, 'utf8'));
else if (mode === 'json-whole') {
  const city = parseCityJson(JSON.parse(await readFile(file, 'utf8')), 'big.city.json');
  await cityToGlb(meshCityJson(createNodeCrsRegistry(), undefined, city, 'big.city.json').result.city);
} else {
  const { buildings, summary } = await readCityGmlFile(file, 'big.gml');
  const crs = resolveImportCrs(
    createNodeCrsRegistry(),
    undefined,
    { text: summary.srsName, place: 'srsName' },
    'big.gml',
  );
  await cityToGlb(buildingsToCity(buildings, crs.toUtm).city);
}
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
