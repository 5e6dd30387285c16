import {
  Extension,
  ExtensionProperty,
  PropertyType,
  type Primitive,
  type IProperty,
  type Nullable,
  type ReaderContext,
  type WriterContext,
} from '@gltf-transform/core';

/** The extension's name. */
export const EXT_MESH_FEATURES = 'EXT_mesh_features';

/** One feature id set of a primitive, as the JSON spells it (attribute-based sets only are kept exact). */
export interface FeatureIdDef {
  featureCount: number;
  attribute?: number;
  propertyTable?: number;
  nullFeatureId?: number;
  label?: string;
}

// Property attributes must be graph literals, so the JSON-shaped list lives in one record.
interface IMeshFeatures extends IProperty {
  data: Record<string, unknown>;
}

/** EXT_mesh_features on one primitive: which `_FEATURE_ID_n` attribute maps to which property table. */
export class MeshFeatures extends ExtensionProperty<IMeshFeatures> {
  static override EXTENSION_NAME: typeof EXT_MESH_FEATURES = EXT_MESH_FEATURES;
  declare extensionName: typeof EXT_MESH_FEATURES;
  declare propertyType: 'MeshFeatures';
  declare parentTypes: [PropertyType.PRIMITIVE];

  protected override init(): void {
    this.extensionName = EXT_MESH_FEATURES;
    this.propertyType = 'MeshFeatures';
    this.parentTypes = [PropertyType.PRIMITIVE];
  }

  protected override getDefaults(): Nullable<IMeshFeatures> {
    return Object.assign(super.getDefaults(), { data: { featureIds: [] } });
  }

  /** The feature id sets. */
  getFeatureIds(): FeatureIdDef[] {
    return (this.get('data').featureIds as FeatureIdDef[]).map((f) => ({ ...f }));
  }

  /** Replaces the feature id sets. */
  setFeatureIds(ids: readonly FeatureIdDef[]): this {
    return this.set('data', { featureIds: ids.map((f) => ({ ...f })) });
  }
}

/** glTF-Transform extension that reads and writes EXT_mesh_features on primitives. */
export class EXTMeshFeaturesIO extends Extension {
  static override EXTENSION_NAME: typeof EXT_MESH_FEATURES = EXT_MESH_FEATURES;
  override readonly extensionName: typeof EXT_MESH_FEATURES = EXT_MESH_FEATURES;

  /** Creates the property to attach with `primitive.setExtension(EXT_MESH_FEATURES, p)`. */
  createMeshFeatures(): MeshFeatures {
    return new MeshFeatures(this.document.getGraph());
  }

  override read(context: ReaderContext): this {
    const meshDefs = context.jsonDoc.json.meshes ?? [];
    meshDefs.forEach((meshDef, i) => {
      const mesh = context.meshes[i];
      if (!mesh) return;
      const prims = mesh.listPrimitives();
      meshDefs[i]?.primitives.forEach((primDef, j) => {
        const ext = primDef.extensions?.[EXT_MESH_FEATURES] as { featureIds?: FeatureIdDef[] } | undefined;
        const prim = prims[j];
        if (!ext || !prim) return;
        const ids = (ext.featureIds ?? []).filter((f) => typeof f.featureCount === 'number');
        prim.setExtension(EXT_MESH_FEATURES, this.createMeshFeatures().setFeatureIds(ids));
      });
    });
    return this;
  }

  override write(context: WriterContext): this {
    const json = context.jsonDoc.json;
    for (const mesh of this.document.getRoot().listMeshes()) {
      const meshIndex = context.meshIndexMap.get(mesh);
      if (meshIndex === undefined) continue;
      mesh.listPrimitives().forEach((prim: Primitive, j) => {
        const features = prim.getExtension<MeshFeatures>(EXT_MESH_FEATURES);
        const primDef = json.meshes?.[meshIndex]?.primitives[j];
        if (!features || !primDef) return;
        primDef.extensions = {
          ...primDef.extensions,
          [EXT_MESH_FEATURES]: { featureIds: features.getFeatureIds() },
        };
      });
    }
    return this;
  }
}
