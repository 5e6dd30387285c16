import type { FeatureTable } from '../mesh/city-features.ts';
import { addFlatPolygon } from '../mesh/mesh.ts';
import { PALETTE } from '../mesh/palette.ts';
import { growRect, rectCorners, type OrientedRect } from '../mesh/polygon.ts';
import { gridToEN, type GridOptions } from './blocks.ts';
import type { CityInput } from './city-input.ts';
import type { CityLayers } from './city-layers.ts';
import { addHkb, addJohannis, addMarienkirche } from './landmarks.ts';
import { SURFACE_Y } from './surfaces.ts';

/** Where the squares and landmarks stand: for the viewpoints to look from and the houses to keep off. */
export interface LandmarkSites {
  markt: OrientedRect;
  kirchplatz: OrientedRect;
  hkbTower: OrientedRect;
  /** Sites (with a margin) no generated house may overlap. */
  exclusions: OrientedRect[];
}

/** Adds the Marktplatz and the Kirchplatz, the Marienkirche, the HKB and St. Johannis on the grid's cells. */
export function addSquaresAndLandmarks(
  layers: Pick<CityLayers, 'square' | 'building'>,
  table: FeatureTable,
  g: GridOptions,
  input: CityInput,
): LandmarkSites {
  const mu0 = g.u0 - g.spacingU;
  const mv0 = g.v0 - g.spacingV;
  const markt = cellRect(g, mu0, g.u0, mv0, g.v0, g.streetWidth / 2);
  const kirchplatz = cellRect(g, mu0 - 14, g.u0 - 8, mv0 - 84, mv0, 0);
  addFlatPolygon(layers.square, rectCorners(markt), [], SURFACE_Y.square, PALETTE.square);
  addFlatPolygon(layers.square, rectCorners(kirchplatz), [], SURFACE_Y.square, PALETTE.square);
  const exclusions: OrientedRect[] = [markt, kirchplatz];
  if (input.church)
    exclusions.push(growRect(addMarienkirche(layers.building, table, input.church, input.toEN), 6));
  const hkbSite = cellRect(g, mu0, g.u0, g.v0, g.v0 + g.spacingV, g.streetWidth / 2);
  const hkbTower: OrientedRect = {
    center: gridToEN(g, mu0 + g.spacingU * 0.62, g.v0 + g.streetWidth / 2 + 9),
    angle: g.angle,
    halfLength: 7,
    halfWidth: 7,
  };
  const hkbHall = cellRect(g, mu0 + 8, g.u0 - 8, g.v0 + 26, g.v0 + g.spacingV - 10, 0);
  addHkb(layers.building, table, hkbTower, hkbHall);
  exclusions.push(hkbSite);
  const johannis: OrientedRect = {
    center: gridToEN(g, -205, -150),
    angle: g.angle,
    halfLength: 24,
    halfWidth: 8,
  };
  addJohannis(layers.building, table, johannis);
  // The church and its tower west of it, which stands off the nave.
  exclusions.push(
    growRect(johannis, 10),
    growRect({ ...johannis, center: gridToEN(g, -233, -150), halfLength: 4 }, 8),
  );
  return { markt, kirchplatz, hkbTower, exclusions };
}

/** The rectangle of grid cells u0..u1 x v0..v1, shrunk by `inset` on every side. */
export function cellRect(
  g: GridOptions,
  u0: number,
  u1: number,
  v0: number,
  v1: number,
  inset: number,
): OrientedRect {
  return {
    center: gridToEN(g, (u0 + u1) / 2, (v0 + v1) / 2),
    angle: g.angle,
    halfLength: (u1 - u0) / 2 - inset,
    halfWidth: (v1 - v0) / 2 - inset,
  };
}
