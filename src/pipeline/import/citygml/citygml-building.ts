import type { ImportedBuilding, ImportedSurface } from '../cityjson.ts';

/** A polygon read from GML: rings, its semantic surface type, the level of detail it was found under. */
export interface GmlPolygon extends ImportedSurface {
  id: string;
  lod: number;
}

/** Attributes a CityGML building carries as simple properties (CityGML 1.0-3.0 names). */
export const BUILDING_PROPERTIES = new Set([
  'name',
  'measuredHeight',
  'function',
  'usage',
  'class',
  'roofType',
  'storeysAboveGround',
  'yearOfConstruction',
]);

/** One Building (with its BuildingParts) as it is read: polygons by LoD, links, properties and address. */
export class BuildingDraft {
  readonly props = new Map<string, string>();
  readonly address = { street: '', number: '', postcode: '', city: '' };
  private readonly polygons: GmlPolygon[] = [];
  private readonly byId = new Map<string, GmlPolygon>();
  private readonly links: { id: string; lod: number; semantic: string | null }[] = [];

  constructor(readonly id: string) {}

  /** Keeps a property's first value (the building's own comes before its parts'). */
  setProperty(name: string, value: string): void {
    if (value && !this.props.has(name)) this.props.set(name, value);
  }

  addPolygon(p: GmlPolygon): void {
    this.polygons.push(p);
    if (p.id) this.byId.set(p.id, p);
  }

  /** An `xlink:href="#id"` to a polygon (a solid made of its boundary surfaces, a shared wall). */
  addLink(id: string, lod: number, semantic: string | null): void {
    this.links.push({ id, lod, semantic });
  }

  /** Resolves links (here, then through `elsewhere`) and keeps the chosen LoD; counts links not found. */
  finish(
    lod: number | undefined,
    elsewhere: (id: string) => GmlPolygon | undefined,
  ): {
    building: ImportedBuilding;
    unresolved: number;
    lods: number[];
  } {
    let unresolved = 0;
    // A polygon named from a solid and from its boundary surface is drawn once per LoD, with its semantics.
    const drawn = new Map<GmlPolygon, Set<number>>(this.polygons.map((p) => [p, new Set([p.lod])]));
    const all = this.polygons.slice();
    for (const link of this.links) {
      const target = this.byId.get(link.id) ?? elsewhere(link.id);
      if (!target) {
        unresolved++;
        continue;
      }
      const lods = drawn.get(target) ?? new Set<number>();
      if (lods.has(link.lod)) continue;
      lods.add(link.lod);
      drawn.set(target, lods);
      all.push({ ...target, lod: link.lod, semantic: target.semantic ?? link.semantic });
    }
    const lods = [...new Set(all.map((p) => p.lod))].sort((a, b) => a - b);
    const chosen = lod !== undefined && lods.includes(lod) ? lod : lods.at(-1);
    const surfaces: ImportedSurface[] = all
      .filter((p) => p.lod === chosen)
      .map((p) => ({ rings: p.rings, semantic: p.semantic }));
    const height = Number(this.props.get('measuredHeight'));
    const a = this.address;
    const street = [a.street, a.number].filter(Boolean).join(' ');
    const city = [a.postcode, a.city].filter(Boolean).join(' ');
    return {
      building: {
        id: this.id,
        name: this.props.get('name') ?? '',
        address: [street, city].filter(Boolean).join(', '),
        height: Number.isFinite(height) && height > 0 ? height : undefined,
        roof: this.props.get('roofType') ?? '',
        use: this.props.get('function') ?? this.props.get('usage') ?? 'building',
        surfaces,
      },
      unresolved,
      lods,
    };
  }
}
