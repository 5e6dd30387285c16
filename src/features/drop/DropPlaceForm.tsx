import { useState, type FormEvent } from 'react';
import { normaliseCrs } from '../../core/geo/crs.ts';
import { useTwin } from '../../twin/use-twin.ts';
import type { ModelPlace } from './drop-place.ts';
import { parseOrigin } from './drop-place.ts';
import type { PlaceQuestion } from './drop-state.ts';

/**
 * Offers to place a dropped model that says nothing about where it lies: an EPSG code and the point of the
 * model's 0,0,0 in it (as `--crs` and `--origin` of the pipeline). The code is checked here for its form and
 * then against the EPSG set by the feature, which asks again, saying why, when it cannot use it.
 */
export function DropPlaceForm({
  question,
  answer,
}: {
  question: PlaceQuestion;
  answer: (place: ModelPlace | null) => void;
}) {
  const { t } = useTwin();
  const [code, setCode] = useState(question.tried);
  const [xyz, setXyz] = useState(['', '', '']);
  const [invalid, setInvalid] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const crs = normaliseCrs(code);
    const origin = parseOrigin(xyz[0]!, xyz[1]!, xyz[2]!);
    if (!crs) setInvalid(t('drop.crs-invalid', { text: code }));
    else if (!origin) setInvalid(t('drop.place-invalid'));
    else answer({ crs, origin });
  };
  const field = (i: number, label: string) => (
    <label>
      {label}
      <input
        inputMode="decimal"
        value={xyz[i]}
        onChange={(e) => {
          setXyz(xyz.map((v, j) => (j === i ? e.target.value : v)));
          setInvalid('');
        }}
      />
    </label>
  );
  return (
    <form
      className="drop-crs"
      role="dialog"
      aria-label={t('drop.place-title')}
      onSubmit={submit}
      data-testid="drop-place"
    >
      <p>
        {question.tried
          ? t('drop.crs-refused', { file: question.file, code: question.tried, reason: question.detail })
          : t('drop.place-offer', { file: question.file })}
      </p>
      <label>
        {t('drop.crs-label')}
        <input
          name="epsg"
          value={code}
          placeholder="EPSG:25833"
          onChange={(e) => {
            setCode(e.target.value);
            setInvalid('');
          }}
        />
      </label>
      {field(0, t('drop.place-easting'))}
      {field(1, t('drop.place-northing'))}
      {field(2, t('drop.place-height'))}
      {invalid && <p className="drop-crs-invalid">{invalid}</p>}
      <div>
        <button type="submit">{t('drop.place-apply')}</button>
        <button type="button" onClick={() => answer(null)}>
          {t('drop.place-cancel')}
        </button>
      </div>
    </form>
  );
}
