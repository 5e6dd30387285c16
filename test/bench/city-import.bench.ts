import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SaxesParser } from 'saxes';
import { parseCityJson } from '../../src/pipeline/import/cityjson.ts';
import { createCityGmlReader } from '../../src/pipeline/import/citygml/citygml-reader.ts';
import type { Figure } from './figure.ts';

// CityGML import throughput and peak memory on a generated file of at least 200 MB, against saxes alone on the
// same file, and the whole import to a GLB (a 210 MB and a 500 MB file, whose peaks should be alike); CityJSON
// parsing and the streamed CityJSON import against JSON.parse alone. The fixtures' LoD2 houses are the template.
const FIX = join(import.meta.dirname, '../fixtures/crs');
// A collection before each run, so a peak is this run's own, not the garbage of the one before.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const GML_MB = 210;
// The whole import again on a file this large: its peak should stay near the 210 MB file's, not grow with it.
const LARGE_GML_MB = 500;
const execFileP = promisify(execFile);
const CITYJSON_BUILDINGS = 40_000;

export default async function run(report: (f: Figure) => void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'city-import-bench-'));
  try {
    const gml = join(dir, 'big.gml');
    const count = await writeBigCityGml(gml, GML_MB * 1e6);
    const mb = (await stat(gml)).size / 1e6;
    const saxOnly = new SaxesParser({ xmlns: true, position: true });
    const saxRun = await timed(() => streamThrough(gml, (text) => saxOnly.write(text)));
    let seen = 0;
    const reader = createCityGmlReader({ file: 'big.gml', onBuilding: () => void seen++ });
    const ours = await timed(() => streamThrough(gml, (text) => reader.write(text)));
    reader.close();
    if (seen !== count) throw new Error(`read ${seen} buildings of ${count}`);
    report({
      name: `CityGML read, ${mb.toFixed(0)} MB, ${count} buildings`,
      value: round(mb / ours.seconds),
      unit: 'MB/s',
      baseline: { name: 'saxes alone on the same file', value: round(mb / saxRun.seconds) },
    });
    report({
      name: 'CityGML buildings per second',
      value: Math.round(count / ours.seconds),
      unit: 'buildings/s',
    });
    const whole = await lowerPeak('streamed', gml, dir);
    const collected = await peakOf('collected', gml, dir);
    report({
      name: 'CityGML import to a validated GLB (read, mesh, compress, validate)',
      value: Math.round(count / whole.seconds),
      unit: 'buildings/s',
      baseline: { name: 'reading alone', value: Math.round(count / ours.seconds) },
    });
    report({
      name: `CityGML import to GLB, ${mb.toFixed(0)} MB, peak resident memory (buildings meshed and compressed as they stream in)`,
      value: Math.round(whole.maxRssMb),
      unit: 'MB',
      baseline: { name: 'every building read before meshing', value: Math.round(collected.maxRssMb) },
    });
    const large = join(dir, 'large.gml');
    await rm(join(dir, 'big.glb'), { force: true });
    const largeCount = await writeBigCityGml(large, LARGE_GML_MB * 1e6);
    const largeMb = (await stat(large)).size / 1e6;
    const largePeak = await lowerPeak('streamed', large, dir);
    await rm(large, { force: true });
    report({
      name: `CityGML import to GLB, ${largeMb.toFixed(0)} MB (${largeCount} buildings), peak resident memory`,
      value: Math.round(largePeak.maxRssMb),
      unit: 'MB',
      baseline: {
        name: `the same import of the ${mb.toFixed(0)} MB file`,
        value: Math.round(whole.maxRssMb),
      },
    });
    report({
      name: 'CityGML read, peak heap growth',
      value: round(ours.peakHeapMb),
      unit: 'MB',
      baseline: { name: 'saxes alone', value: round(saxRun.peakHeapMb) },
    });

    const json = await bigCityJson(CITYJSON_BUILDINGS);
    const jsonMb = json.length / 1e6;
    const parseOnly = await timed(async () => void JSON.parse(json));
    const full = await timed(async () => void parseCityJson(JSON.parse(json), 'big.city.json'));
    report({
      name: `CityJSON parse, ${jsonMb.toFixed(0)} MB, ${CITYJSON_BUILDINGS * 2} buildings`,
      value: round(jsonMb / full.seconds),
      unit: 'MB/s',
      baseline: { name: 'JSON.parse alone', value: round(jsonMb / parseOnly.seconds) },
    });
    report({
      name: 'CityJSON parse, peak heap growth',
      value: round(full.peakHeapMb),
      unit: 'MB',
      baseline: { name: 'JSON.parse alone', value: round(parseOnly.peakHeapMb) },
    });
    const jsonFile = join(dir, 'big.city.json');
    await writeFile(jsonFile, json);
    await cityJsonImport(jsonFile, jsonMb, dir, report);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The CityJSON import as the pipeline runs it (streamed, to a GLB) against JSON.parse alone, each in its own process. */
async function cityJsonImport(
  file: string,
  mb: number,
  dir: string,
  report: (f: Figure) => void,
): Promise<void> {
  const streamed = await lowerPeak('streamed', file, dir);
  const parse = await lowerPeak('json-parse', file, dir);
  const whole = await lowerPeak('json-whole', file, dir);
  report({
    name: `CityJSON import to a validated GLB, ${mb.toFixed(0)} MB, streamed (two passes)`,
    value: round(mb / streamed.seconds),
    unit: 'MB/s',
    baseline: { name: 'JSON.parse alone', value: round(mb / parse.seconds) },
  });
  report({
    name: `CityJSON import to GLB, ${mb.toFixed(0)} MB, peak resident memory (streamed)`,
    value: Math.round(streamed.maxRssMb),
    unit: 'MB',
    baseline: { name: 'JSON.parse of the file alone', value: Math.round(parse.maxRssMb) },
  });
  report({
    name: `CityJSON import to GLB, ${mb.toFixed(0)} MB, parsed whole then meshed`,
    value: Math.round(whole.maxRssMb),
    unit: 'MB',
    baseline: { name: 'streamed', value: Math.round(streamed.maxRssMb) },
  });
}

/** The lower of two runs' peaks (and times): when the collector runs moves one run's peak by tens of MB. */
async function lowerPeak(
  mode: string,
  gml: string,
  dir: string,
): Promise<{ seconds: number; maxRssMb: number }> {
  const a = await peakOf(mode, gml, dir);
  const b = await peakOf(mode, gml, dir);
  return { seconds: Math.min(a.seconds, b.seconds), maxRssMb: Math.min(a.maxRssMb, b.maxRssMb) };
}

/** Runs one import in a child process (citygml-peak.ts) and returns its time and peak resident memory. */
async function peakOf(
  mode: string,
  gml: string,
  dir: string,
): Promise<{ seconds: number; maxRssMb: number }> {
  const script = join(import.meta.dirname, 'citygml-peak.ts');
  const { stdout } = await execFileP(process.execPath, ['--import', 'tsx', script, mode, gml, dir]);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { seconds: number; maxRssMb: number };
}

/** Seconds and the heap's peak growth over the run, sampled between chunks. */
async function timed(work: () => Promise<void>): Promise<{ seconds: number; peakHeapMb: number }> {
  collect();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { seconds, peakHeapMb: (peak - base) / 1e6 };
}

async function streamThrough(file: string, write: (text: string) => void): Promise<void> {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }))
    write(chunk as string);
}

/** Writes copies of the fixture's buildings, each moved and renamed, until the file has `bytes`. */
async function writeBigCityGml(file: string, bytes: number): Promise<number> {
  const text = await readFile(join(FIX, 'citygml-v2-25833.gml'), 'utf8');
  const head = text.slice(0, text.indexOf('<core:cityObjectMember>'));
  const members = text.slice(text.indexOf('<core:cityObjectMember>'), text.lastIndexOf('</core:CityModel>'));
  const out = createWriteStream(file);
  out.write(head);
  let written = head.length;
  let n = 0;
  while (written < bytes) {
    // Each copy on a square of its own, 60 m apart in rows of 100, as a town's blocks lie.
    const dx = ((n / 2) % 100) * 60;
    const dy = Math.floor(n / 200) * 60;
    const copy = members
      .replaceAll('DEMV_HAUS_', `B${n}_`)
      .replace(/(<gml:posList srsDimension="3">)([^<]*)/g, (_, open: string, list: string) => {
        const v = list.trim().split(/\s+/).map(Number);
        for (let i = 0; i + 2 < v.length; i += 3) {
          v[i] = Math.round((v[i]! + dx) * 1000) / 1000;
          v[i + 1] = Math.round((v[i + 1]! + dy) * 1000) / 1000;
        }
        return open + v.join(' ');
      });
    const ok = out.write(copy);
    written += copy.length;
    n += 2;
    if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end('</core:CityModel>\n');
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));
  return n;
}

async function bigCityJson(copies: number): Promise<string> {
  const doc = JSON.parse(await readFile(join(FIX, 'cityjson-v2.0-7415.city.json'), 'utf8')) as {
    CityObjects: Record<
      string,
      { children?: string[]; parents?: string[]; geometry: { boundaries: unknown }[] }
    >;
    vertices: number[][];
  };
  const objects: Record<string, unknown> = {};
  const vertices: number[][] = [];
  const n = doc.vertices.length;
  for (let c = 0; c < copies; c++) {
    const shift = (x: unknown): unknown => (Array.isArray(x) ? x.map(shift) : (x as number) + c * n);
    for (const [id, o] of Object.entries(doc.CityObjects)) {
      const rename = (s: string): string => `${s}_${c}`;
      objects[rename(id)] = {
        ...o,
        ...(o.children ? { children: o.children.map(rename) } : {}),
        ...(o.parents ? { parents: o.parents.map(rename) } : {}),
        geometry: o.geometry.map((g) => ({ ...g, boundaries: shift(g.boundaries) })),
      };
    }
    for (const v of doc.vertices) vertices.push([v[0]! + c * 30_000, v[1]!, v[2]!]);
  }
  return JSON.stringify({ ...doc, CityObjects: objects, vertices });
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
