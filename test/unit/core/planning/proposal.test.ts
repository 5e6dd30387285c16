import { describe, expect, it } from 'vitest';
import { checkProposal, proposalFromSpec, worldFootprint } from '../../../../src/core/planning/proposal.ts';
import { measureProposal, polygonArea } from '../../../../src/core/planning/proposal-measures.ts';
import { proposalTriangles } from '../../../../src/core/planning/proposal-geometry.ts';

const box = (id: string, minX: number, minZ: number, maxX: number, maxZ: number) => ({
  id,
  minX,
  minZ,
  maxX,
  maxZ,
});

describe('a proposed block', () => {
  it('fills in defaults and turns clicked corners into a centre and a footprint', () => {
    const p = proposalFromSpec(
      {
        corners: [
          [10, 10],
          [30, 10],
          [30, 20],
          [10, 20],
        ],
        roof: 'flat',
      },
      'p1',
    );
    expect([p.x, p.z]).toEqual([20, 15]);
    expect(worldFootprint(p)).toEqual([
      [10, 10],
      [30, 10],
      [30, 20],
      [10, 20],
    ]);
    expect(p.storeys).toBe(4);
  });

  it('turns clockwise seen from above: east towards south', () => {
    const p = proposalFromSpec({ width: 10, depth: 0.001, rotationDeg: 90, x: 100, z: 0 }, 'p');
    const [a, b] = worldFootprint(p);
    expect(a![0]).toBeCloseTo(100, 2);
    expect(b![1] - a![1]).toBeCloseTo(10, 2);
    expect(b![0]).toBeCloseTo(100, 2);
  });

  it('measures height, storeys, floor area, nearest neighbours and overlaps', () => {
    const p = proposalFromSpec(
      { width: 20, depth: 10, storeys: 5, storeyHeight: 3, roof: 'gable', roofPitchDeg: 45 },
      'p',
    );
    const m = measureProposal(p, [
      box('far', 100, 100, 110, 110),
      box('near', 13, -5, 20, 5),
      box('in', 5, -2, 8, 2),
    ]);
    expect(polygonArea(p.footprint)).toBe(200);
    expect(m.grossFloorArea).toBe(1000);
    expect(m.eavesHeight).toBe(15);
    expect(m.height).toBeCloseTo(20, 6);
    expect(m.nearest.map((n) => n.id)).toEqual(['in', 'near', 'far']);
    expect(m.nearest[1]!.distance).toBeCloseTo(3, 6);
    expect(m.overlaps).toEqual(['in']);
  });

  it.each(['flat', 'gable', 'hip', 'mansard'] as const)(
    'builds a closed %s roof up to its height',
    (roof) => {
      const p = proposalFromSpec({ width: 20, depth: 12, storeys: 2, storeyHeight: 3, roof }, 'p');
      const t = proposalTriangles(p);
      expect(t.length % 9).toBe(0);
      let top = 0;
      let roofArea = 0;
      for (let i = 0; i < t.length; i += 9) {
        top = Math.max(top, t[i + 1]!, t[i + 4]!, t[i + 7]!);
        const [ax, ay, az, bx, by, bz, cx, cy, cz] = Array.from(t.subarray(i, i + 9));
        const [ux, uy, uz, vx, vy, vz] = [bx! - ax!, by! - ay!, bz! - az!, cx! - ax!, cy! - ay!, cz! - az!];
        // The roof's area seen from above (the triangles' y-normal part) covers the footprint exactly once.
        if (Math.min(ay!, by!, cy!) >= 6) roofArea += Math.abs(uz * vx - ux * vz) / 2;
        void uy;
        void vy;
      }
      expect(top).toBeCloseTo(measureProposal(p, []).height, 6);
      expect(roofArea).toBeCloseTo(240, 3);
    },
  );
});

describe('checking a proposal', () => {
  it('says what is wrong in plain words', () => {
    expect(checkProposal(proposalFromSpec({}, 'ok'))).toBeNull();
    expect(checkProposal(proposalFromSpec({ storeys: 0 }, 'p'))).toBe(
      'storeys must be a number from 1 to 200',
    );
    expect(checkProposal(proposalFromSpec({ storeys: 2.5 }, 'p'))).toBe('storeys must be a whole number');
    const triangle = proposalFromSpec(
      {
        corners: [
          [0, 0],
          [9, 0],
          [0, 9],
        ],
        roof: 'hip',
      },
      'p',
    );
    expect(checkProposal(triangle)).toBe('a hip roof needs a four-cornered footprint');
  });
});
