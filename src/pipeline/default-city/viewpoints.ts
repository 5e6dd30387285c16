import type { ViewpointRecord } from '../mesh/city-features.ts';
import type { GatePlacement } from './landmarks.ts';
import type { OsmWay } from './osm.ts';
import { wayToEN, type ToEN } from './city-input.ts';
import { minAreaRect, normaliseRing, type OrientedRect, type Vec2 } from '../mesh/polygon.ts';
import { SURFACE_Y } from './surfaces.ts';
import { headingOf } from '../../core/geo/geo-frame.ts';

/** Eye height above walkable ground, metres. */
export const EYE_HEIGHT = 1.6;

/** What the viewpoints are placed from. */
export interface ViewpointInputs {
  gates: readonly GatePlacement[];
  center: Vec2;
  markt: OrientedRect;
  kirchplatz: OrientedRect;
  hkbTower: OrientedRect;
  churchWay: OsmWay | undefined;
  toEN: ToEN;
  /** Where each inner gate's street meets the grid, by gate name. */
  connectors: ReadonlyMap<string, Vec2>;
}

const GATE_VIEWS: Record<string, { id: string; en: string }> = {
  'Friedländer Tor': { id: 'friedlaender-tor', en: 'Friedland Gate' },
  'Treptower Tor': { id: 'treptower-tor', en: 'Treptow Gate' },
  'Stargarder Tor': { id: 'stargarder-tor', en: 'Stargard Gate' },
  'Neues Tor': { id: 'neues-tor', en: 'New Gate' },
};

/** Places the named viewpoints: eye height on squares and streets, facing the landmark. */
export function createViewpoints(v: ViewpointInputs): ViewpointRecord[] {
  const look = (id: string, de: string, en: string, eye: Vec2, y: number, target: Vec2): ViewpointRecord => ({
    id,
    name_de: de,
    name_en: en,
    position: [round(eye[0]), round(y), round(-eye[1])],
    headingDeg: round(headingOf(target[0] - eye[0], target[1] - eye[1])),
  });
  const church: Vec2 = v.churchWay
    ? minAreaRect(normaliseRing(wayToEN(v.churchWay, v.toEN))).center
    : v.kirchplatz.center;
  const out: ViewpointRecord[] = [];
  const m = v.markt.center;
  const marktEye: Vec2 = [m[0] + v.markt.halfLength * 0.3, m[1] + v.markt.halfWidth * 0.55];
  out.push(
    look('marktplatz', 'Marktplatz', 'Market square', marktEye, SURFACE_Y.square + EYE_HEIGHT, church),
  );
  for (const gate of v.gates.filter((g) => !g.outer)) {
    const names = GATE_VIEWS[gate.name];
    if (!names) continue;
    const c = gate.rect.center;
    const to = v.connectors.get(gate.name) ?? v.center;
    const dx = to[0] - c[0];
    const dy = to[1] - c[1];
    const len = Math.hypot(dx, dy) || 1;
    // Inside the wall on the gate's own street, far enough back to see the whole gable.
    const back = Math.min(30, len * 0.8);
    const eye: Vec2 = [c[0] + (dx / len) * back, c[1] + (dy / len) * back];
    out.push(look(names.id, gate.name, names.en, eye, SURFACE_Y.street + EYE_HEIGHT, c));
  }
  const churchEye: Vec2 = [church[0], v.kirchplatz.center[1] + v.kirchplatz.halfWidth * 0.45];
  out.push(
    look(
      'marienkirche',
      'Marienkirche (Konzertkirche)',
      "St. Mary's Church (concert hall)",
      churchEye,
      SURFACE_Y.square + EYE_HEIGHT,
      church,
    ),
  );
  out.push(
    look('hkb-tower-top', 'HKB-Turm', 'HKB tower top', v.hkbTower.center, 56 + 0.05 + EYE_HEIGHT, church),
  );
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
