import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir } from '../temp-dir.ts';
import { importFile } from '../../../../src/pipeline/import/import-file.ts';
import { expectFailure } from '../expect-failure.ts';

const FIX = join(import.meta.dirname, '../../../fixtures/crs');
const gml = (name: string): Promise<string> => readFile(join(FIX, name), 'utf8');
const tempDir = createTempDir('citygml-bad-');

describe('bad CityGML and CityJSON Sequence input', () => {
  it('truncated XML names the line:col and the element path where it stops', async () => {
    const text = await gml('citygml-v2-25833.gml');
    const cut = text.slice(0, text.indexOf('DEMV_HAUS_2') + 40);
    await expectFailure(
      tempDir(),
      'cut.gml',
      cut,
      /^cut\.gml: line \d+:\d+ \(core:CityModel\/core:cityObjectMember\/bldg:Building\[@gml:id="DEMV_HAUS_2"\].*\): unclosed tag/,
    );
  });

  it('a polygon with fewer than three points names its place', async () => {
    const text = (await gml('citygml-v1-25832.gml')).replace(
      /(<gml:Polygon gml:id="DENW_HAUS_2_lod1_\d+"><gml:exterior><gml:LinearRing><gml:posList srsDimension="3">)[^<]+/,
      '$1691895.632 6098907.825 20 691903.632 6098907.825 20 691895.632 6098907.825 20',
    );
    await expectFailure(
      tempDir(),
      'two-points.gml',
      text,
      /^two-points\.gml: line \d+:\d+ \(.*bldg:Building\[@gml:id="DENW_HAUS_2"\].*gml:LinearRing\): a polygon ring with 2 distinct points/,
    );
  });

  it('a posList that does not make whole points is refused', async () => {
    const text = (await gml('citygml-v1-25832.gml')).replace(
      /(<gml:posList srsDimension="3">)([^<]+) 20</,
      '$1$2<',
    );
    await expectFailure(
      tempDir(),
      'odd.gml',
      text,
      /gml:posList\): \d+ numbers do not make whole points of 3/,
    );
  });

  it('an unknown CRS is refused and a missing one asks for --crs, then works with it', async () => {
    const text = await gml('citygml-v2-25833.gml');
    await expectFailure(
      tempDir(),
      'unknown.gml',
      text.replace('urn:adv:crs:ETRS89_UTM33*DE_DHHN2016_NH', 'EPSG:999999'),
      /^unknown\.gml: srsName: unknown CRS EPSG:999999: not in the EPSG definition set; give --crs EPSG:n/,
    );
    const bare = text.replace(' srsName="urn:adv:crs:ETRS89_UTM33*DE_DHHN2016_NH"', '');
    await expectFailure(
      tempDir(),
      'bare.gml',
      bare,
      /^bare\.gml: srsName: no CRS given in the file; give it with --crs EPSG:n/,
    );
    const sub = join(tempDir(), 'bare-ok');
    await mkdir(sub);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(sub, 'bare.gml'), bare);
    const report = await importFile(join(sub, 'bare.gml'), join(sub, 'out.glb'), { crs: 'EPSG:25833' });
    expect(report.featureCount).toBe(2);
  });

  it('an empty file, a directory and XML that is not CityGML are named', async () => {
    await expectFailure(tempDir(), 'empty.gml', '', /^empty\.gml: file: the file is empty/);
    await expectFailure(
      tempDir(),
      'page.xml',
      '<html><body/></html>',
      /not CityGML: the root element is <html>/,
    );
    const folder = join(tempDir(), 'folder.gml');
    await mkdir(folder, { recursive: true });
    const err = await importFile(folder, join(tempDir(), 'x.glb'), { displayName: 'folder.gml' }).catch(
      (e: unknown) => e,
    );
    expect(String(err)).toMatch(/folder\.gml: file: is a directory, not a file/);
  });

  it('a CityJSON Sequence names the line of a broken feature', async () => {
    const lines = (await gml('cityjson-seq-2056.city.jsonl')).split('\n');
    lines[2] = lines[2]!.slice(0, 60);
    await expectFailure(
      tempDir(),
      'cut.city.jsonl',
      lines.join('\n'),
      /^cut\.city\.jsonl: line 3:\d+: invalid JSON/,
    );
    const bad = (await gml('cityjson-seq-2056.city.jsonl')).replace(
      /"lod":"2\.2","boundaries":\[\[\[\[\d+,/,
      '"lod":"2.2","boundaries":[[[[999,',
    );
    await expectFailure(
      tempDir(),
      'index.city.jsonl',
      bad,
      /line 2: CityObjects\["CH_HAUS_1"\]\.geometry\[1\]\.boundaries\[0\]\[0\]\[0\]\[0\]: vertex index 999 out of range/,
    );
  });
});
