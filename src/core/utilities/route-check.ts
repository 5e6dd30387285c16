import { largestClearance, requiredClearance, type ClearanceRules } from './clearance-rules.ts';
import { meetFootprint, type FootprintIndex } from './footprint-clash.ts';
import { coverAt, type GroundAt } from './placed-line.ts';
import type { SegmentIndex } from './segment-index.ts';
import { closestSegments, type Closest, type Vec3 } from './segment-distance.ts';
import type { UtilityType } from './utility-types.ts';

/** A planned line: its type, size and axis in the scene's local metres (x east, y up, z south). */
export interface PlannedRoute {
  type: UtilityType;
  diameterM: number;
  points: readonly Vec3[];
}

/** What a clash is with: an existing line, a building, or too little ground above. */
export type ClashKind = 'clearance' | 'building' | 'cover';

/** One place where the planned line breaks a rule. */
export interface Clash {
  /** The existing line's id, the building's id, or 'ground' for too little cover. */
  lineId: string;
  kind: ClashKind;
  /** Wall-to-wall distance (clearance), distance to the outline (building, 0 under it) or cover, metres. */
  distanceM: number;
  requiredM: number;
  /** Where, in scene metres. */
  at: [number, number, number];
  /** The planned line's segment it is on (the first, for a stretch over several). */
  segment: number;
  /** The existing line's type and owner (clearance only). */
  lineType?: UtilityType;
  owner?: string;
  crossing?: boolean;
}

/** What a route is checked against: the network, the rules, and optionally buildings and the ground. */
export interface RouteCheckContext {
  network: SegmentIndex;
  rules: ClearanceRules;
  buildings?: FootprintIndex;
  groundAt?: GroundAt;
}

/** Cover is checked at least this often along a segment, metres. */
const COVER_STEP = 2;
const closest: Closest = { s: 0, t: 0, distanceSq: 0 };

/** Every place the route comes too close to a line, runs under a building or lies too shallow, along it. */
export function checkRoute(route: PlannedRoute, context: RouteCheckContext): Clash[] {
  const found = [
    ...clearanceClashes(route, context),
    ...buildingClashes(route, context),
    ...coverClashes(route, context),
  ];
  return found.sort((a, b) => a.segment - b.segment || a.kind.localeCompare(b.kind));
}

/** One clash per stretch of consecutive segments: the closest one of each run for the same thing. */
function mergeRuns(found: Clash[]): Clash[] {
  const out: Clash[] = [];
  const last = new Map<string, { clash: Clash; segment: number }>();
  for (const clash of found.sort((a, b) => a.segment - b.segment)) {
    const key = `${clash.kind}|${clash.lineId}`;
    const run = last.get(key);
    if (run && clash.segment - run.segment <= 1) {
      if (clash.distanceM < run.clash.distanceM)
        Object.assign(run.clash, { distanceM: clash.distanceM, at: clash.at, requiredM: clash.requiredM });
      run.segment = clash.segment;
      continue;
    }
    const copy = { ...clash };
    out.push(copy);
    last.set(key, { clash: copy, segment: clash.segment });
  }
  return out;
}

function clearanceClashes(route: PlannedRoute, { network, rules }: RouteCheckContext): Clash[] {
  const r = route.diameterM / 2;
  const pad = r + network.maxRadius + largestClearance(rules);
  const cosCross = Math.cos((rules.crossingAngleDeg * Math.PI) / 180);
  const { ends, radius, lineOf, lines } = network;
  const best = new Map<number, Clash>();
  const found: Clash[] = [];
  for (let i = 0; i + 1 < route.points.length; i++) {
    const [ax, ay, az] = route.points[i]!;
    const [bx, by, bz] = route.points[i + 1]!;
    const near = network.near(
      Math.min(ax, bx) - pad,
      Math.min(az, bz) - pad,
      Math.max(ax, bx) + pad,
      Math.max(az, bz) + pad,
    );
    best.clear();
    for (let n = 0; n < near.length; n++) {
      const k = near[n]!;
      const o = k * 6;
      closestSegments(
        ax,
        ay,
        az,
        bx,
        by,
        bz,
        ends[o]!,
        ends[o + 1]!,
        ends[o + 2]!,
        ends[o + 3]!,
        ends[o + 4]!,
        ends[o + 5]!,
        closest,
      );
      const clearance = Math.sqrt(closest.distanceSq) - r - radius[k]!;
      if (clearance >= pad) continue;
      const line = lines[lineOf[k]!]!;
      const crossing = crosses(
        bx - ax,
        bz - az,
        ends[o + 3]! - ends[o]!,
        ends[o + 5]! - ends[o + 2]!,
        cosCross,
      );
      const requiredM = requiredClearance(rules, route.type, line.type, crossing);
      if (clearance >= requiredM - 1e-9) continue;
      const held = best.get(lineOf[k]!);
      if (held && held.distanceM <= clearance) continue;
      const s = closest.s;
      const t = closest.t;
      const at: [number, number, number] = [
        (ax + (bx - ax) * s + ends[o]! + (ends[o + 3]! - ends[o]!) * t) / 2,
        (ay + (by - ay) * s + ends[o + 1]! + (ends[o + 4]! - ends[o + 1]!) * t) / 2,
        (az + (bz - az) * s + ends[o + 2]! + (ends[o + 5]! - ends[o + 2]!) * t) / 2,
      ];
      best.set(lineOf[k]!, {
        lineId: line.id,
        kind: 'clearance',
        distanceM: clearance,
        requiredM,
        at,
        segment: i,
        lineType: line.type,
        owner: line.owner,
        crossing,
      });
    }
    found.push(...best.values());
  }
  return mergeRuns(found);
}

/** Two ground-plane directions cross when the angle between them exceeds the rules' crossing angle. */
function crosses(ux: number, uz: number, vx: number, vz: number, cosCross: number): boolean {
  const lu = Math.hypot(ux, uz);
  const lv = Math.hypot(vx, vz);
  // A (nearly) vertical stretch, a riser or a house connection, crosses whatever it meets.
  if (lu < 1e-6 || lv < 1e-6) return true;
  return Math.abs(ux * vx + uz * vz) / (lu * lv) < cosCross;
}

function buildingClashes(route: PlannedRoute, { buildings, rules }: RouteCheckContext): Clash[] {
  if (!buildings) return [];
  const r = route.diameterM / 2;
  const pad = r + rules.buildingM;
  const found: Clash[] = [];
  for (let i = 0; i + 1 < route.points.length; i++) {
    const a = route.points[i]!;
    const b = route.points[i + 1]!;
    const near = buildings.near(
      Math.min(a[0], b[0]) - pad,
      Math.min(-a[2], -b[2]) - pad,
      Math.max(a[0], b[0]) + pad,
      Math.max(-a[2], -b[2]) + pad,
    );
    for (let n = 0; n < near.length; n++) {
      const polygon = buildings.polygons[near[n]!]!;
      const meeting = meetFootprint([a[0], -a[2]], [b[0], -b[2]], polygon.rings);
      const distanceM = Math.max(0, meeting.distance - r);
      if (meeting.insideAt === null && !(distanceM < rules.buildingM || meeting.distance < r)) continue;
      const s = meeting.insideAt ?? meeting.nearestAt;
      found.push({
        lineId: buildings.ids[polygon.index] ?? `building-${polygon.index}`,
        kind: 'building',
        distanceM,
        requiredM: rules.buildingM,
        at: [a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s, a[2] + (b[2] - a[2]) * s],
        segment: i,
      });
    }
  }
  return mergeRuns(found);
}

function coverClashes(route: PlannedRoute, { groundAt, rules }: RouteCheckContext): Clash[] {
  if (!groundAt) return [];
  const r = route.diameterM / 2;
  const requiredM = rules.minCoverM[route.type];
  const found: Clash[] = [];
  for (let i = 0; i + 1 < route.points.length; i++) {
    const a = route.points[i]!;
    const b = route.points[i + 1]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[2] - a[2]) / COVER_STEP));
    let worst: Clash | null = null;
    for (let k = 0; k <= steps; k++) {
      const f = k / steps;
      const at: [number, number, number] = [
        a[0] + (b[0] - a[0]) * f,
        a[1] + (b[1] - a[1]) * f,
        a[2] + (b[2] - a[2]) * f,
      ];
      const cover = coverAt(groundAt, at[0], at[1], at[2], r);
      // Rounding at the millimetre: a line laid at exactly the minimum is not too shallow.
      if (cover === null || cover >= requiredM - 1e-6) continue;
      if (!worst || cover < worst.distanceM)
        worst = { lineId: 'ground', kind: 'cover', distanceM: cover, requiredM, at, segment: i };
    }
    if (worst) found.push(worst);
  }
  return mergeRuns(found);
}
