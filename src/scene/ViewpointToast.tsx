import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { CanvasTexture, Mesh, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace } from 'three';
import type { Viewpoint } from '../core/city/city-extras.ts';
import type { WalkRig } from '../walk/walk-rig.ts';

/** Seconds the name stays up after a jump. */
const SHOW_SECONDS = 2.5;

/** In VR, after a jump to a viewpoint, its name and the menu buttons float briefly below the view's centre. */
export function ViewpointToast({
  rig,
  viewpoints,
  lang,
}: {
  rig: WalkRig;
  viewpoints: readonly Viewpoint[];
  lang: 'de' | 'en';
}) {
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const parts = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 512;
    canvas.height = 96;
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    const material = new MeshBasicMaterial({ map: texture, transparent: true, depthTest: false });
    const mesh = new Mesh(new PlaneGeometry(0.64, 0.12), material);
    mesh.position.set(0, -0.25, -1);
    mesh.renderOrder = 1001;
    mesh.visible = false;
    return { canvas, texture, material, mesh };
  }, []);
  useEffect(() => {
    xrCamera.add(parts.mesh);
    return () => {
      xrCamera.remove(parts.mesh);
      parts.mesh.geometry.dispose();
      parts.material.dispose();
      parts.texture.dispose();
    };
  }, [xrCamera, parts]);
  const shown = useRef<{ id: string | null; left: number }>({ id: rig.viewpoint, left: 0 });
  useFrame((_, delta) => {
    const s = shown.current;
    if (rig.viewpoint !== s.id) {
      s.id = rig.viewpoint;
      s.left = SHOW_SECONDS;
      const index = viewpoints.findIndex((v) => v.id === s.id);
      const v = viewpoints[index];
      if (v) draw(parts.canvas, `${v.name[lang]}  (${index + 1}/${viewpoints.length})`, 'A/X ▶   B/Y ◀');
      parts.texture.needsUpdate = true;
    }
    s.left -= delta;
    parts.mesh.visible = rig.xr !== null && s.left > 0;
  });
  return null;
}

function draw(canvas: HTMLCanvasElement, title: string, hint: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = 'rgba(20, 40, 50, 0.85)';
  ctx.beginPath();
  ctx.roundRect(0, 0, canvas.width, canvas.height, 24);
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.textAlign = 'center';
  ctx.font = '600 36px system-ui, sans-serif';
  ctx.fillText(title, canvas.width / 2, 44, canvas.width - 32);
  ctx.font = '24px system-ui, sans-serif';
  ctx.fillStyle = '#cde';
  ctx.fillText(hint, canvas.width / 2, 80);
}
