import type { Sparkline as SparklineData } from '../../core/colour/sparkline.ts';

/** The last hour as an SVG polyline, with the range it spans as text. */
export function Sparkline({
  spark,
  width,
  height,
  label,
  empty,
}: {
  spark: SparklineData;
  width: number;
  height: number;
  label: string;
  empty: string;
}) {
  if (spark.d === '') return <p className="sparkline-empty">{empty}</p>;
  return (
    <svg
      className="sparkline"
      data-testid="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      <path d={spark.d} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}
