import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { BufferAttribute, BufferGeometry, Color, DoubleSide, MeshBasicMaterial, SRGBColorSpace } from 'three';
import { facadeQuads } from '../../../core/planning/facade-quads.ts';
import type { Planning } from '../planning.ts';
import { currentStudy, facadeHours, studyLayer } from './study-view.ts';

// A hand's breadth off the wall: in front of it from every distance one walks by at, still on it to the eye.
const LIFT = 0.08;
const colour = new Color();
const NONE = [0, 0, 0, 0] as const;

/** The shown study on the walls around its site: each façade patch in the colour of its hours of sun. */
export function FacadeMap({ planning }: { planning: Planning }) {
  const study = useStore(planning.store, currentStudy);
  const view = useStore(planning.store, (s) => s.studyView);
  // The patches' shape changes with the study only; their colours with the view too.
  const geometry = useMemo(() => {
    if (!study || study.facades.samples.count === 0) return null;
    const quads = facadeQuads(study.facades.samples, LIFT);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(quads.positions, 3));
    g.setIndex(new BufferAttribute(quads.indices, 1));
    g.setAttribute('color', new BufferAttribute(new Float32Array(study.facades.samples.count * 16), 4));
    return g;
  }, [study]);
  const material = useMemo(
    () =>
      new MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, side: DoubleSide }),
    [],
  );
  useEffect(() => {
    if (!geometry || !study) return;
    const { max, colour: scale } = studyLayer(study, view);
    const colours = geometry.getAttribute('color') as BufferAttribute;
    facadeHours(study, view).forEach((h, i) => {
      // No façade in this view (a wall pulled down, or one only its going bares): not drawn.
      const [r, g, b, a] = Number.isNaN(h) ? NONE : scale(h, max);
      // The legend's colours are sRGB; vertex colours are linear.
      colour.setRGB(r / 255, g / 255, b / 255, SRGBColorSpace);
      for (let k = 0; k < 4; k++) colours.setXYZW(i * 4 + k, colour.r, colour.g, colour.b, a / 255);
    });
    colours.needsUpdate = true;
  }, [geometry, study, view]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  if (!geometry) return null;
  return <mesh geometry={geometry} material={material} renderOrder={1} raycast={() => undefined} />;
}
