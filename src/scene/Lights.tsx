import { useTwinState } from '../twin/use-twin.ts';

/** The name of the sky's light, which a feature may dim (the look's night). */
export const SKY_LIGHT_NAME = 'sky-light';

/** Daylight for the city: a low November sun from the south and a soft sky; a feature may bring its own sun. */
export function Lights() {
  const ownSun = useTwinState((s) => s.parts.some((part) => part.sun));
  return (
    <>
      <hemisphereLight name={SKY_LIGHT_NAME} args={['#dfe8f5', '#6b6656', 1.4]} />
      {!ownSun && <directionalLight position={[-120, 200, 160]} intensity={1.6} />}
    </>
  );
}
