import { describe, expect, it } from 'vitest';
import type { OrientedRect, Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import { SURFACE_Y } from '../../../../src/pipeline/default-city/surfaces.ts';
import {
  createViewpoints,
  EYE_HEIGHT,
  type ViewpointInputs,
} from '../../../../src/pipeline/default-city/viewpoints.ts';
import { gateAt } from './gate-placement.ts';

const square = (center: Vec2, half: number): OrientedRect => ({
  center,
  angle: 0,
  halfLength: half,
  halfWidth: half,
});

const inputs: ViewpointInputs = {
  gates: [
    gateAt('Treptower Tor', [-300, 0], Math.PI),
    gateAt('Treptower Tor', [-330, 0], Math.PI, true),
    gateAt('Stargarder Tor', [0, -300], -Math.PI / 2),
    gateAt('Unbekanntes Tor', [300, 0]),
  ],
  center: [0, 0],
  markt: square([0, 0], 38),
  kirchplatz: square([0, -60], 20),
  hkbTower: square([10, 40], 7),
  churchWay: undefined,
  toEN: (lon, lat) => [lon, lat],
  // The Treptower Tor's own street reaches 50 m in; the Stargarder Tor has none, so it looks to the centre.
  connectors: new Map([['Treptower Tor', [-250, 0]]]),
};

describe('createViewpoints', () => {
  const views = createViewpoints(inputs);
  const byId = new Map(views.map((v) => [v.id, v]));

  it('names the Marktplatz, each known inner gate, the Marienkirche and the HKB tower', () => {
    expect(views.map((v) => v.id)).toEqual([
      'marktplatz',
      'treptower-tor',
      'stargarder-tor',
      'marienkirche',
      'hkb-tower-top',
    ]);
    expect(byId.get('treptower-tor')).toMatchObject({ name_de: 'Treptower Tor', name_en: 'Treptow Gate' });
  });

  it('puts the eye at eye height over the square or street, in glTF axes', () => {
    expect(byId.get('marktplatz')!.position[1]).toBeCloseTo(SURFACE_Y.square + EYE_HEIGHT, 9);
    expect(byId.get('treptower-tor')!.position[1]).toBeCloseTo(SURFACE_Y.street + EYE_HEIGHT, 9);
    expect(byId.get('hkb-tower-top')!.position).toEqual([10, 56 + 0.05 + EYE_HEIGHT, -40]);
    // The Marktplatz eye stands north-east of its centre: +X east, -Z north.
    const [x, , z] = byId.get('marktplatz')!.position;
    expect(x).toBeGreaterThan(0);
    expect(z).toBeLessThan(0);
  });

  it('stands back inside the gate on its own street (or towards the centre) and looks at the gate', () => {
    const treptow = byId.get('treptower-tor')!;
    // 30 m back from the gate towards the connector, facing west at it.
    expect(treptow.position[0]).toBeCloseTo(-270, 9);
    expect(treptow.position[2]).toBeCloseTo(0, 9);
    expect(treptow.headingDeg).toBeCloseTo(270, 9);
    const stargard = byId.get('stargarder-tor')!;
    expect(stargard.position[2]).toBeCloseTo(270, 9);
    expect(stargard.headingDeg).toBeCloseTo(180, 9);
  });

  it('looks at the Kirchplatz when there is no church footprint, and at the church when there is', () => {
    // Without a footprint the church is the Kirchplatz centre, due south of the Marienkirche eye.
    expect(byId.get('marienkirche')!.headingDeg).toBeCloseTo(180, 9);
    const ring: [number, number][] = [
      [-20, -100],
      [20, -100],
      [20, -90],
      [-20, -90],
      [-20, -100],
    ];
    const withChurch = createViewpoints({ ...inputs, churchWay: { id: 1, tags: {}, geometry: ring } });
    const market = withChurch.find((v) => v.id === 'marktplatz')!;
    const [x, , z] = market.position;
    const expected = (Math.atan2(0 - x, -95 - -z) * 180) / Math.PI;
    expect(market.headingDeg).toBeCloseTo((expected + 360) % 360, 1);
  });

  it('rounds positions and headings to centimetres and hundredths of a degree', () => {
    for (const v of views) {
      for (const c of [...v.position, v.headingDeg]) expect(Math.round(c * 100) / 100).toBe(c);
      expect(v.headingDeg).toBeGreaterThanOrEqual(0);
      expect(v.headingDeg).toBeLessThan(360);
    }
  });
});
