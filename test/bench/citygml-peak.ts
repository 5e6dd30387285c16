// One CityGML import in a process of its own, so its peak resident memory (maxRSS) is its own: `streamed`, the
// import as the pipeline runs it, or `collected`, every building read before any is meshed (the baseline).
import { join } from 'node:path';
import { cityToGlb } from '../../src/pipeline/write-city.ts';
import { createNodeCrsRegistry } from '../../src/pipeline/geo/epsg-set.ts';
import { buildingsToCity } from '../../src/pipeline/import/building-mesher.ts';
import { readCityGmlFile } from '../../src/pipeline/import/citygml-file.ts';
import { resolveImportCrs } from '../../src/pipeline/import/import-crs.ts';
import { importFile } from '../../src/pipeline/import/import-file.ts';

const [mode, gml, dir] = process.argv.slice(2) as [string, string, string];
const start = performance.now();
if (mode === 'streamed') await importFile(gml, join(dir, `${mode}.glb`));
else {
  const { buildings, summary } = await readCityGmlFile(gml, 'big.gml');
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
