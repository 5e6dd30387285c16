import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localPositionOf,
  nearestFacade,
  type FacadeOutline,
} from '../../../src/pipeline/bind/facade-binding.ts';
import {
  parseRegistry,
  parseRegistrySource,
  type RegistrySourceEntry,
} from '../../../src/core/sensors/registry.ts';
import {
  bindRegistryFile,
  bindableCity,
  type BindableCity,
} from '../../../src/pipeline/bind/bind-registry.ts';
import { rayHit, readGlb, trianglesOf, type WorldTriangle } from './helpers.ts';

const CITY = 'assets/neubrandenburg.glb';
const FIXTURES = 'test/fixtures/sensors';
const GOOD = `${FIXTURES}/bind-sensors.csv`;
const MARIENKIRCHE = 'osm-way-23559521';

let city: BindableCity;
let triangles: WorldTriangle[];
let rows: RegistrySourceEntry[];
let dir: string;

beforeAll(async () => {
  const doc = await readGlb(CITY);
  city = bindableCity(doc);
  triangles = trianglesOf(doc).filter((t) => t.fid >= 0);
  rows = parseRegistrySource(readFileSync(GOOD, 'utf8'), GOOD);
  dir = mkdtempSync(join(tmpdir(), 'bind-registry-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function outline(id: string): FacadeOutline {
  const found = city.outlines.find((o) => o.id === id);
  if (!found) throw new Error(`${id} has no façade in ${CITY}`);
  return found;
}

function positionOf(sensor: string): { x: number; z: number } {
  const row = rows.find((r) => r.sensor === sensor);
  const at = row && localPositionOf(row, city.frame);
  if (!at) throw new Error(`no position for ${sensor}`);
  return at;
}

/** The southernmost crossing of the north-south line through x with a building's wall segments. */
function southWallAt(id: string, x: number): number {
  const s = outline(id).segments;
  let south = -Infinity;
  for (let i = 0; i + 3 < s.length; i += 4) {
    const [ax, az, bx, bz] = [s[i]!, s[i + 1]!, s[i + 2]!, s[i + 3]!];
    if ((ax - x) * (bx - x) > 0 || ax === bx) continue;
    south = Math.max(south, az + ((x - ax) / (bx - ax)) * (bz - az));
  }
  return south;
}

/** Whether any building or wall stands over the point (a ray from above hits one of its triangles). */
function underARoof(x: number, z: number): boolean {
  return triangles.some((t) => rayHit([x, 500, z], [0, -1, 0], t) !== null);
}

function bboxCentre(o: FacadeOutline): { id: string; x: number; z: number } {
  const xs = o.segments.filter((_, i) => i % 2 === 0);
  const zs = o.segments.filter((_, i) => i % 2 === 1);
  return { id: o.id, x: (Math.min(...xs) + Math.max(...xs)) / 2, z: (Math.min(...zs) + Math.max(...zs)) / 2 };
}

describe('the fixture stands where it says, derived from the GLB', () => {
  it('the lon/lat row is 0.3 m south of the Marienkirche south wall, in the open', () => {
    const at = positionOf('nb-marien-sued');
    expect(at.z - southWallAt(MARIENKIRCHE, at.x)).toBeCloseTo(0.3, 1);
    expect(underARoof(at.x, at.z)).toBe(false);
    const nearest = nearestFacade(at.x, at.z, city.outlines);
    expect(nearest?.id).toBe(MARIENKIRCHE);
    expect(nearest?.distance).toBeLessThan(0.5);
  });

  it("the x/z row is 0.3 m from the HKB's west wall and nearer another building's centre", () => {
    const at = positionOf('nb-hkb-west');
    const hkb = nearestFacade(at.x, at.z, [outline('gen-hkb')]);
    expect(hkb?.distance).toBeCloseTo(0.3, 2);
    expect(underARoof(at.x, at.z)).toBe(false);
    // Binding to the nearest building centre would choose a neighbour here.
    const distanceToCentre = (o: (typeof city.outlines)[number]): number => {
      const c = bboxCentre(o);
      return Math.hypot(at.x - c.x, at.z - c.z);
    };
    const byCentre = [...city.outlines].sort((a, b) => distanceToCentre(a) - distanceToCentre(b))[0]!;
    expect(byCentre.id).not.toBe('gen-hkb');
    expect(distanceToCentre(outline('gen-hkb'))).toBeGreaterThan(distanceToCentre(byCentre) + 10);
    const others = city.outlines.filter((o) => o.id !== 'gen-hkb');
    expect(nearestFacade(at.x, at.z, others)!.distance).toBeGreaterThan(2);
  });
});

describe('bindRegistryFile', () => {
  it('keeps rows by id, binds lon/lat, x/z and UTM rows to the nearest façade and writes a plain registry', async () => {
    const out = join(dir, 'good.json');
    const summary = await bindRegistryFile(GOOD, CITY, out);
    const written = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
    expect(written).toEqual([
      { sensor: 'nb-hkb-id', building: 'gen-hkb', unit: '°C', label: 'HKB (by id)', height: 3 },
      {
        sensor: 'nb-marien-sued',
        building: MARIENKIRCHE,
        unit: '°C',
        label: 'Marienkirche, Südwand',
        height: 2.5,
      },
      { sensor: 'nb-hkb-west', building: 'gen-hkb', unit: '°C', label: 'HKB, Westgiebel' },
      { sensor: 'nb-marien-utm', building: MARIENKIRCHE, unit: '°C', label: 'Marienkirche, Südwand (UTM)' },
    ]);
    // The app reads the result as it is: every row names a building.
    expect(parseRegistry(readFileSync(out, 'utf8'), out)).toEqual(written);
    expect(summary[0]).toContain('4 sensors, 1 kept as given, 3 bound by position');
    expect(summary[1]).toMatch(/line 3: nb-marien-sued -> osm-way-23559521 \(façade 0\.[23]\d m/);
    expect(summary[2]).toMatch(/line 4: nb-hkb-west -> gen-hkb \(façade 0\.30 m/);
  });

  it.each([
    [
      'bind-too-far.csv',
      CITY,
      /bind-too-far\.csv line 3: no building façade within 30 m of x 520\.0, z 480\.0/,
    ],
    ['bind-unknown.csv', CITY, /bind-unknown\.csv line 3: building "osm-way-2355952" is not in assets/],
    ['bind-sensors.csv', 'package.json', /^package\.json: not a readable GLB/],
    [
      'bind-sensors.csv',
      'test/fixtures/city/nodes-per-building.glb',
      /bind-sensors\.csv line 2: building "gen-hkb" is not in test\/fixtures\/city\/nodes-per-building\.glb/,
    ],
  ])('%s against %s fails with one line and writes nothing', async (file, glb, message) => {
    const out = join(dir, `${file}.json`);
    await expect(bindRegistryFile(`${FIXTURES}/${file}`, glb, out)).rejects.toThrow(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses lon/lat rows when the model has no georeference', async () => {
    const out = join(dir, 'no-origin.json');
    const csv = join(dir, 'lonlat.csv');
    writeFileSync(csv, 'sensor,label,lon,lat\nnb-1,Markt,13.2606,53.5565\n');
    await expect(bindRegistryFile(csv, 'test/fixtures/city/nodes-per-building.glb', out)).rejects.toThrow(
      /lonlat\.csv line 2: test\/fixtures\/city\/nodes-per-building\.glb has no georeference/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('binds a far sensor when the reach allows it', async () => {
    const out = join(dir, 'far.json');
    await bindRegistryFile(`${FIXTURES}/bind-too-far.csv`, CITY, out, { maxDistance: 1000 });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(2);
  });
});

describe('npm run city -- bind', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', 'bind', ...args], {
      encoding: 'utf8',
    });

  it('writes the registry and prints each bound row with its distance', () => {
    const out = join(dir, 'cli.json');
    const ok = run(GOOD, '--city', CITY, '--out', out, '--max-distance', '5');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('1 kept as given, 3 bound by position');
    expect(ok.stdout).toMatch(/nb-hkb-west -> gen-hkb \(façade 0\.30 m/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { building: string }[];
    expect(written.map((e) => e.building)).toEqual(['gen-hkb', MARIENKIRCHE, 'gen-hkb', MARIENKIRCHE]);
  }, 60_000);

  it('exits 1 with one line naming file and line, and 2 without --out', () => {
    const out = join(dir, 'cli-far.json');
    const far = run(`${FIXTURES}/bind-too-far.csv`, '--city', CITY, '--out', out);
    expect(far.status).toBe(1);
    expect(far.stderr.trim().split('\n')).toHaveLength(1);
    expect(far.stderr).toMatch(/^error: test\/fixtures\/sensors\/bind-too-far\.csv line 3: /);
    expect(existsSync(out)).toBe(false);
    expect(run(GOOD, '--city', CITY).status).toBe(2);
  }, 60_000);
});
