import { useTwin } from '../../twin/use-twin.ts';
import { useVrSupport } from '../../xr/use-vr-support.ts';

/** Enter VR where the browser can; otherwise say why not (HTTPS, no WebXR, no headset). */
export function VrButton() {
  const { runtime, t } = useTwin();
  const support = useVrSupport();
  if (support === 'supported') {
    return (
      <button
        type="button"
        className="walk-vr"
        data-testid="enter-vr"
        onClick={() => void runtime.xr.enterVR()}
      >
        {t('walk.enter-vr')}
      </button>
    );
  }
  return (
    <span className="walk-vr-note" data-testid="vr-note" data-reason={support}>
      {t(`walk.vr-${support}`)}
    </span>
  );
}
