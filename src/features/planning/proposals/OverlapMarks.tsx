import { useMemo } from 'react';
import { useTwinState } from '../../../twin/use-twin.ts';
import { worldFootprint, type Proposal } from '../../../core/planning/proposal.ts';
import type { Planning } from '../planning.ts';
import { neighbourBoxes } from './city-site.ts';
import type { ProposalLooks } from './proposal-mesh.ts';

/**
 * Red boxes where a proposal overlaps an existing building: the overlap of the proposal's ground box with the
 * building's, as high as the taller of the two.
 */
export function OverlapMarks({
  planning,
  proposals,
  looks,
}: {
  planning: Planning;
  proposals: Proposal[];
  looks: ProposalLooks;
}) {
  const city = useTwinState((s) => s.city);
  const marks = useMemo(() => {
    const out: { key: string; centre: [number, number, number]; size: [number, number, number] }[] = [];
    const hidden = planning.store.getState().hidden;
    const bounds = city?.bounds();
    for (const p of proposals) {
      const overlaps = planning.measures(p.id)?.overlaps ?? [];
      const corners = worldFootprint(p);
      const xs = corners.map((c) => c[0]);
      const zs = corners.map((c) => c[1]);
      for (const box of neighbourBoxes(city, hidden).filter((b) => overlaps.includes(b.id))) {
        const [x0, x1] = [Math.max(box.minX, Math.min(...xs)), Math.min(box.maxX, Math.max(...xs))];
        const [z0, z1] = [Math.max(box.minZ, Math.min(...zs)), Math.min(box.maxZ, Math.max(...zs))];
        const index = city?.buildings.indexOf(box.id) ?? -1;
        const top = bounds ? bounds[index * 6 + 4]! : p.baseY + 10;
        const h = Math.max(top - p.baseY, p.storeys * p.storeyHeight) + 0.5;
        const size: [number, number, number] = [Math.max(0.3, x1 - x0), h, Math.max(0.3, z1 - z0)];
        out.push({ key: `${p.id}-${box.id}`, centre: [(x0 + x1) / 2, p.baseY + h / 2, (z0 + z1) / 2], size });
      }
    }
    return out;
  }, [planning, proposals, city]);
  return (
    <>
      {marks.map((m) => (
        <mesh
          key={m.key}
          position={m.centre}
          scale={m.size}
          material={looks.overlap}
          renderOrder={2}
          userData={{ handle: true }}
        >
          <boxGeometry />
        </mesh>
      ))}
    </>
  );
}
