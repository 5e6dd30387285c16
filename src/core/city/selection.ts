/** The building a visitor pointed at: its id, its feature index, and where the ray hit (local metres). */
export interface Selection {
  buildingId: string;
  featureIndex: number;
  point: [number, number, number] | null;
}

/** Whether two selections name the same building hit at the same point (null only equals null). */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.buildingId === b.buildingId &&
      a.featureIndex === b.featureIndex &&
      String(a.point) === String(b.point))
  );
}
