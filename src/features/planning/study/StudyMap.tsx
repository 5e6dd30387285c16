import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import {
  DataTexture,
  DoubleSide,
  LinearFilter,
  MeshBasicMaterial,
  NearestFilter,
  SRGBColorSpace,
} from 'three';
import { gridColours } from '../../../core/planning/study-colours.ts';
import type { Planning } from '../planning.ts';
import { currentStudy, studyLayer } from './study-view.ts';

/** The shown study as a colour map lying on the ground over its site. */
export function StudyMap({ planning }: { planning: Planning }) {
  const study = useStore(planning.store, currentStudy);
  const view = useStore(planning.store, (s) => s.studyView);
  const map = useMemo(() => {
    if (!study) return null;
    const { grid, max, colour } = studyLayer(study, view);
    const texture = new DataTexture(gridColours(grid, max, colour), grid.cells, grid.cells);
    texture.colorSpace = SRGBColorSpace;
    texture.magFilter = NearestFilter;
    texture.minFilter = LinearFilter;
    texture.flipY = false;
    texture.needsUpdate = true;
    const material = new MeshBasicMaterial({
      map: texture,
      transparent: true,
      depthWrite: false,
      side: DoubleSide,
    });
    return { site: grid.site, texture, material };
  }, [study, view]);
  useEffect(
    () => () => {
      map?.texture.dispose();
      map?.material.dispose();
    },
    [map],
  );
  if (!map) return null;
  // Row 0 of the grid is its north edge; a plane laid flat (-90° about x) has its texture's first row in the
  // south, so the map is mirrored north-south by a negative scale.
  return (
    <mesh
      // Half a metre up: above kerbs and raised squares, still under every eave.
      position={[map.site.x, map.site.y + 0.5, map.site.z]}
      rotation-x={-Math.PI / 2}
      scale={[map.site.size, -map.site.size, 1]}
      material={map.material}
      renderOrder={1}
      raycast={() => undefined}
    >
      <planeGeometry />
    </mesh>
  );
}
