import type { ColourScale } from '../../core/colour/colour-scale.ts';
import { binHex } from '../../core/colour/distribution.ts';

/** How the live buildings spread over the scale: one bar per bin, in the colour of its middle, under the legend. */
export function Histogram({
  counts,
  scale,
  label,
}: {
  counts: readonly number[];
  scale: ColourScale;
  label: string;
}) {
  const most = Math.max(1, ...counts);
  return (
    <div
      className="legend-histogram"
      data-testid="legend-histogram"
      role="img"
      aria-label={label}
      title={label}
    >
      {counts.map((n, i) => (
        <span
          key={i}
          data-count={n}
          style={{
            height: `${(100 * n) / most}%`,
            background: binHex(scale, counts.length, i),
          }}
        />
      ))}
    </div>
  );
}
