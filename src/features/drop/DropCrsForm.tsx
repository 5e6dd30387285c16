import { useState, type FormEvent } from 'react';
import { normaliseCrs } from '../../core/geo/crs.ts';
import { useTwin } from '../../twin/use-twin.ts';
import type { CrsQuestion } from './drop-state.ts';

/**
 * Asks for the EPSG code of a dropped city file that names none (or one the EPSG set lacks); the import runs
 * again with it in the worker, which checks it against the set and asks again, saying why, when it cannot use it.
 */
export function DropCrsForm({
  question,
  answer,
}: {
  question: CrsQuestion;
  answer: (code: string | null) => void;
}) {
  const { t } = useTwin();
  const [text, setText] = useState(question.tried);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const code = normaliseCrs(text);
    if (code) answer(code);
    else setInvalid(true);
  };
  const why = question.tried
    ? t('drop.crs-refused', { file: question.file, code: question.tried, reason: question.detail })
    : t('drop.crs-needed', { file: question.file });
  return (
    <form
      className="drop-crs"
      role="dialog"
      aria-label={t('drop.crs-title')}
      onSubmit={submit}
      data-testid="drop-crs"
    >
      <p>{why}</p>
      <label>
        {t('drop.crs-label')}
        <input
          name="epsg"
          value={text}
          placeholder="EPSG:25833"
          autoFocus
          aria-invalid={invalid}
          onChange={(e) => {
            setText(e.target.value);
            setInvalid(false);
          }}
        />
      </label>
      {invalid && <p className="drop-crs-invalid">{t('drop.crs-invalid', { text })}</p>}
      <div>
        <button type="submit">{t('drop.crs-apply')}</button>
        <button type="button" onClick={() => answer(null)}>
          {t('drop.crs-cancel')}
        </button>
      </div>
    </form>
  );
}
