import type { BuildingFeature } from '../mesh/city-features.ts';
import type { OrientedRect, Vec2 } from '../mesh/polygon.ts';
import type { Random } from '../../core/random.ts';

/** The planned street grid of the old town, in local metres. */
export interface GridOptions {
  /** Grid rotation from east, radians. */
  angle: number;
  /** Position of one north-south street line (u) and one east-west line (v). */
  u0: number;
  v0: number;
  /** Distance between street lines along u and v. */
  spacingU: number;
  spacingV: number;
  streetWidth: number;
  /** How far the grid reaches from the origin. */
  extent: number;
}

/** The grid used for the default city: lines through the Stargarder Tor (north-south) and Treptower Tor. */
export const GRID_DEFAULTS: GridOptions = {
  angle: 0,
  u0: 42,
  v0: 60,
  spacingU: 84,
  spacingV: 72,
  streetWidth: 8,
  extent: 460,
};

/** A generated house before it becomes geometry. */
export interface HouseSpec {
  rect: OrientedRect;
  storeys: number;
  /** True when the ridge runs along the street (eaves-side house), false for gable-to-street. */
  eavesToStreet: boolean;
  street: string;
  feature: Omit<BuildingFeature, 'height' | 'roof'>;
}

/** Converts grid (u, v) to local east/north. */
export function gridToEN(g: GridOptions, u: number, v: number): Vec2 {
  const c = Math.cos(g.angle);
  const s = Math.sin(g.angle);
  return [u * c - v * s, u * s + v * c];
}

/** Street line positions along one axis within the grid extent. */
export function gridLines(origin: number, spacing: number, extent: number): number[] {
  const out: number[] = [];
  const k0 = Math.ceil((-extent - origin) / spacing);
  for (let k = k0; origin + k * spacing <= extent; k++) out.push(origin + k * spacing);
  return out;
}

/** Real street names of Neubrandenburg's old town, handed out to the generated grid. */
export const OLD_TOWN_STREETS = [
  'Treptower Straße',
  'Friedländer Straße',
  'Stargarder Straße',
  'Große Wollweberstraße',
  'Turmstraße',
  'Pfaffenstraße',
  'Darrenstraße',
  'Poststraße',
  'Große Krauthöferstraße',
  'Kleine Krauthöferstraße',
  'Herbordstraße',
  'Behmenstraße',
  'Ziegelbergstraße',
  'Schwanenstraße',
  'Glockengießerstraße',
  'Kleine Wollweberstraße',
  'Dümperstraße',
  'Waagestraße',
  'Badstüberstraße',
  'Beguinenstraße',
  'Wartlaustraße',
  'Große Fischerstraße',
  'Kleine Fischerstraße',
  'Marktplatz',
];

/** Generates perimeter-block houses for every grid cell; `keep` filters by position. */
export function generateHouses(g: GridOptions, rng: Random, keep: (r: OrientedRect) => boolean): HouseSpec[] {
  const us = gridLines(g.u0, g.spacingU, g.extent);
  const vs = gridLines(g.v0, g.spacingV, g.extent);
  const houses: HouseSpec[] = [];
  const nameU = (i: number): string => OLD_TOWN_STREETS[(i * 7 + 2) % OLD_TOWN_STREETS.length] as string;
  const nameV = (j: number): string => OLD_TOWN_STREETS[(j * 5 + 3) % OLD_TOWN_STREETS.length] as string;
  const numbers = new Map<string, number>();
  for (let i = 0; i + 1 < us.length; i++) {
    for (let j = 0; j + 1 < vs.length; j++) {
      const half = g.streetWidth / 2;
      const u0 = (us[i] as number) + half;
      const u1 = (us[i + 1] as number) - half;
      const v0 = (vs[j] as number) + half;
      const v1 = (vs[j + 1] as number) - half;
      const block = `b${i}-${j}`;
      let n = 0;
      // One depth per block, so each side's first house exactly fills the corner the previous side leaves.
      const depth = rng.range(9, 12.5);
      const sides: { a: [number, number]; b: [number, number]; street: string }[] = [
        { a: [u0, v0], b: [u1, v0], street: nameV(j) },
        { a: [u1, v0], b: [u1, v1], street: nameU(i + 1) },
        { a: [u1, v1], b: [u0, v1], street: nameV(j + 1) },
        { a: [u0, v1], b: [u0, v0], street: nameU(i) },
      ];
      for (const side of sides) {
        const du = side.b[0] - side.a[0];
        const dv = side.b[1] - side.a[1];
        const len = Math.hypot(du, dv);
        const tu = du / len;
        const tv = dv / len;
        // Inward normal of a counter-clockwise block side is its left.
        const nu = -tv;
        const nv = tu;
        // Each side starts at its corner; its end leaves room for the next side's corner house.
        let s = 0;
        while (s < len - depth - 4) {
          const w = Math.min(rng.range(6.5, 11.5), len - depth - s);
          const cu = side.a[0] + tu * (s + w / 2) + nu * (depth / 2);
          const cv = side.a[1] + tv * (s + w / 2) + nv * (depth / 2);
          const sideAngle = g.angle + Math.atan2(tv, tu);
          const eavesToStreet = rng.next() < 0.55;
          const rect: OrientedRect = eavesToStreet
            ? {
                center: gridToEN(g, cu, cv),
                angle: sideAngle,
                halfLength: w / 2 - 0.05,
                halfWidth: depth / 2,
              }
            : {
                center: gridToEN(g, cu, cv),
                angle: sideAngle + Math.PI / 2,
                halfLength: depth / 2,
                halfWidth: w / 2 - 0.05,
              };
          const storeys = rng.pick([2, 2, 3, 3, 3, 4]);
          s += w;
          if (!keep(rect)) continue;
          const number = (numbers.get(side.street) ?? 0) + 1;
          numbers.set(side.street, number);
          houses.push({
            rect,
            storeys,
            eavesToStreet,
            street: side.street,
            feature: {
              id: `gen-${block}-${n++}`,
              name: '',
              address: `${side.street} ${number}, 17033 Neubrandenburg`,
              use: rng.next() < 0.25 ? 'retail' : 'residential',
              source: 'generated',
              osm_id: '',
            },
          });
        }
      }
    }
  }
  return houses;
}

/**
 * How far a walk from `from` along `angle` goes before it stands on a grid street (within its
 * width, at a point deeper than `minDepth` inside the wall); `maxDistance` when it never does.
 */
export function distanceToGridStreet(
  g: GridOptions,
  from: Vec2,
  angle: number,
  depthOf: (p: Vec2) => number,
  minDepth = 8,
  maxDistance = 150,
): number {
  const c = Math.cos(g.angle);
  const s = Math.sin(g.angle);
  const offLine = (x: number, origin: number, spacing: number): number => {
    const k = Math.round((x - origin) / spacing);
    return Math.abs(x - origin - k * spacing);
  };
  for (let d = 0; d < maxDistance; d += 0.5) {
    const p: Vec2 = [from[0] + Math.cos(angle) * d, from[1] + Math.sin(angle) * d];
    // Grid coordinates: the inverse of gridToEN's rotation.
    const u = p[0] * c + p[1] * s;
    const v = -p[0] * s + p[1] * c;
    const onStreet =
      offLine(u, g.u0, g.spacingU) < g.streetWidth / 2 || offLine(v, g.v0, g.spacingV) < g.streetWidth / 2;
    if (onStreet && depthOf(p) > minDepth) return d;
  }
  return maxDistance;
}
