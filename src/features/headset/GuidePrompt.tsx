import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useStore } from 'zustand';
import { BackSide, Vector3, type Group, type Mesh, type MeshBasicMaterial } from 'three';
import type { GuideTarget } from '../../core/exhibit/guide-message.ts';
import { createCanvasPanel } from '../../ui/xr/info-panel-canvas.ts';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { goToTarget } from './guide-go.ts';
import { answerPrompt, type HeadsetStore } from './headset-state.ts';
import { paintPrompt } from './prompt-canvas.ts';

/** Seconds of each half of the fade: out to dark, jump, back in. Short, and nothing moves meanwhile. */
const FADE_SECONDS = 0.35;
/** A suggestion nobody answers is let go after this many seconds. */
const ASK_SECONDS = 20;
/** The panel: 1.2 m ahead, a little below the eyes, 0.9 m wide (readable at arm's length and beyond). */
const PANEL = { distance: 1.2, drop: 0.15, width: 0.9, height: 0.34 };

const head = new Vector3();
const ahead = new Vector3();
const place = new Vector3();
const feet: [number, number, number] = [0, 0, 0];

interface Buttons {
  trigger: boolean;
  squeeze: boolean;
}

/** Whether any controller holds its trigger (button 0) or squeeze (button 1) now, into `out`. */
function readButtons(session: XRSession | null, out: Buttons): void {
  out.trigger = false;
  out.squeeze = false;
  const sources = session?.inputSources;
  if (!sources) return;
  for (let i = 0; i < sources.length; i++) {
    const buttons = sources[i]?.gamepad?.buttons;
    if (buttons?.[0]?.pressed) out.trigger = true;
    if (buttons?.[1]?.pressed) out.squeeze = true;
  }
}

/**
 * The guide's suggestion in VR: a panel ahead of the visitor that follows the gaze gently. The trigger takes it
 * (a short fade to dark, the jump, a fade back); the squeeze turns it down; unanswered, it goes after a while.
 */
export function GuidePrompt({ store }: { store: HeadsetStore }) {
  const { runtime, t } = useTwin();
  const lang = useTwinState((s) => s.lang);
  const prompt = useStore(store, (s) => s.prompt);
  const panel = useMemo(() => createCanvasPanel(1024, 384), []);
  useEffect(() => () => panel.dispose(), [panel]);
  useEffect(() => {
    if (!prompt) return;
    const question = t('guide.prompt', { place: prompt.name[lang] });
    panel.draw((ctx, w, h) => paintPrompt(ctx, w, h, question, t('guide.prompt-hint')));
  }, [prompt, lang, t, panel]);
  const group = useRef<Group>(null);
  const veil = useRef<Mesh>(null);
  const held = useMemo<Buttons>(() => ({ trigger: false, squeeze: false }), []);
  const now = useMemo<Buttons>(() => ({ trigger: false, squeeze: false }), []);
  const ask = useRef({ id: '', since: 0 });
  const fade = useRef<{ target: GuideTarget; seconds: number; jumped: boolean } | null>(null);

  useFrame(({ camera, gl, clock }, delta) => {
    if (!gl.xr.isPresenting) return;
    readButtons(gl.xr.getSession(), now);
    const pressed = now.trigger && !held.trigger;
    const squeezed = now.squeeze && !held.squeeze;
    held.trigger = now.trigger;
    held.squeeze = now.squeeze;
    camera.getWorldPosition(head);
    const shown = store.getState().prompt;
    if (shown && ask.current.id !== shown.id) ask.current = { id: shown.id, since: clock.elapsedTime };
    if (shown && pressed && !fade.current) {
      store.setState({ busy: true });
      answerPrompt(store, 'accepted');
      fade.current = { target: shown.target, seconds: 0, jumped: false };
    } else if (shown && (squeezed || clock.elapsedTime - ask.current.since > ASK_SECONDS))
      answerPrompt(store, 'dismissed');
    const g = group.current;
    if (g && shown) {
      // Ahead on the level, following the gaze slowly: always in view, never stuck to the face.
      camera.getWorldDirection(ahead).setY(0).normalize();
      place
        .copy(head)
        .addScaledVector(ahead, PANEL.distance)
        .setY(head.y - PANEL.drop);
      if (g.position.lengthSq() === 0) g.position.copy(place);
      else g.position.lerp(place, 1 - Math.exp(-delta / 0.6));
      g.lookAt(head);
    }
    const f = fade.current;
    if (!f && !now.trigger && store.getState().busy) store.setState({ busy: false });
    const v = veil.current;
    if (!v) return;
    v.position.copy(head);
    if (!f) return void (v.visible = false);
    f.seconds += Math.min(delta, 0.1);
    if (!f.jumped && f.seconds >= FADE_SECONDS) {
      f.jumped = true;
      feet[0] = head.x;
      feet[1] = head.y;
      feet[2] = head.z;
      goToTarget(runtime, f.target, feet);
    }
    const opacity = f.seconds < FADE_SECONDS ? f.seconds / FADE_SECONDS : 2 - f.seconds / FADE_SECONDS;
    (v.material as MeshBasicMaterial).opacity = Math.max(0, Math.min(1, opacity));
    v.visible = opacity > 0;
    if (f.seconds >= 2 * FADE_SECONDS) fade.current = null;
  });

  return (
    <>
      <mesh ref={veil} visible={false} renderOrder={1000}>
        <sphereGeometry args={[0.4, 16, 12]} />
        <meshBasicMaterial color="black" side={BackSide} transparent depthTest={false} depthWrite={false} />
      </mesh>
      {prompt && (
        <group ref={group} name="guide-prompt">
          <mesh renderOrder={999}>
            <planeGeometry args={[PANEL.width, PANEL.height]} />
            <meshBasicMaterial map={panel.texture} transparent depthTest={false} toneMapped={false} />
          </mesh>
        </group>
      )}
    </>
  );
}
