/** Daylight for the city: a low November sun from the south and a soft sky. */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#dfe8f5', '#6b6656', 1.4]} />
      <directionalLight position={[-120, 200, 160]} intensity={1.6} />
    </>
  );
}
