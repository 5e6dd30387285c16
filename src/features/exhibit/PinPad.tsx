import { useState } from 'react';
import { useTwin } from '../../twin/use-twin.ts';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** A PIN pad with large keys (the touch table has no keyboard); without a configured PIN it stays locked. */
export function PinPad({
  pin,
  title,
  onAccept,
  onCancel,
}: {
  pin: string;
  title: string;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const { t } = useTwin();
  const [entered, setEntered] = useState('');
  const [wrong, setWrong] = useState(false);
  const submit = (): void => {
    if (pin !== '' && entered === pin) return onAccept();
    setWrong(true);
    setEntered('');
  };
  return (
    <div className="stand-dialog" role="dialog" aria-label={title} data-testid="pin-pad">
      <h2>{title}</h2>
      {pin === '' && <p className="stand-warning">{t('operator.pin-none')}</p>}
      <p className="pin-entered" data-testid="pin-entered">
        {'•'.repeat(entered.length) || '\u00a0'}
      </p>
      {wrong && (
        <p className="stand-warning" data-testid="pin-wrong">
          {t('operator.pin-wrong')}
        </p>
      )}
      <div className="pin-keys">
        {DIGITS.map((d) => (
          <button key={d} type="button" data-pin={d} onClick={() => setEntered((e) => (e + d).slice(0, 8))}>
            {d}
          </button>
        ))}
        <button type="button" onClick={() => setEntered('')}>
          {t('operator.pin-clear')}
        </button>
        <button type="button" data-testid="pin-ok" onClick={submit}>
          {t('operator.pin-ok')}
        </button>
      </div>
      <button type="button" className="stand-close" onClick={onCancel}>
        {t('operator.close')}
      </button>
    </div>
  );
}
