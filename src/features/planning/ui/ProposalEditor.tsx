import { useStore } from 'zustand';
import { ROOF_SHAPES, type Proposal, type RoofShape } from '../../../core/planning/proposal.ts';
import { useTwin } from '../../../twin/use-twin.ts';
import type { Planning } from '../planning.ts';
import { variantsOf } from '../planning-store.ts';
import { ProposalFigures } from './ProposalFigures.tsx';

/** The selected proposal's numbers to change, its figures, its variants and what to do with it. */
export function ProposalEditor({ planning, proposal: p }: { planning: Planning; proposal: Proposal }) {
  const { runtime, t } = useTwin();
  const variants = useStore(planning.store, (s) => variantsOf(s, p.site).join());
  const attempt = (change: () => void): void => {
    try {
      change();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      runtime.addNotice({ code: 'planning.invalid', params: { reason }, severity: 'warning' });
    }
  };
  const field = (key: 'storeys' | 'storeyHeight' | 'rotationDeg', label: string, step: number) => (
    <label>
      {t(label)}
      <input
        type="number"
        step={step}
        value={p[key]}
        data-testid={`proposal-${key}`}
        onChange={(e) => attempt(() => planning.update(p.id, { [key]: Number(e.target.value) }))}
      />
    </label>
  );
  const nextVariant = String.fromCharCode(Math.max(...variants.split(',').map((v) => v.charCodeAt(0))) + 1);
  return (
    <div className="planning-editor" data-testid="proposal-editor">
      <h3>{p.name}</h3>
      {field('storeys', 'planning.storeys', 1)}
      {field('storeyHeight', 'planning.storey-height', 0.1)}
      {field('rotationDeg', 'planning.rotation', 5)}
      <label>
        {t('planning.roof')}
        <select
          value={p.roof}
          onChange={(e) => attempt(() => planning.update(p.id, { roof: e.target.value as RoofShape }))}
        >
          {ROOF_SHAPES.map((r) => (
            <option key={r} value={r}>
              {t(`planning.roof.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <ProposalFigures planning={planning} proposal={p} />
      <div className="planning-variants" role="group" aria-label={t('planning.variant')}>
        {variants.split(',').map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={v === p.variant}
            onClick={() => {
              planning.store.setState({ variants: { ...planning.store.getState().variants, [p.site]: v } });
              const first = planning.store
                .getState()
                .proposals.find((q) => q.site === p.site && q.variant === v);
              planning.store.setState({ selected: first?.id ?? null });
            }}
          >
            {t('planning.variant')} {v}
          </button>
        ))}
        <button
          type="button"
          onClick={() => attempt(() => planning.add({ ...p, id: undefined, name: '', variant: nextVariant }))}
        >
          {t('planning.add-variant')}
        </button>
      </div>
      <div className="planning-actions">
        <button type="button" onClick={() => planning.ground(p.id)}>
          {t('planning.on-ground')}
        </button>
        <button type="button" onClick={() => planning.clearSite(p.id)}>
          {t('planning.clear-site')}
        </button>
        <button type="button" onClick={() => planning.remove(p.id)}>
          {t('planning.remove')}
        </button>
      </div>
    </div>
  );
}
