import {
  BufferUtils,
  Extension,
  ExtensionProperty,
  PropertyType,
  type IProperty,
  type Nullable,
  type ReaderContext,
  type WriterContext,
} from '@gltf-transform/core';
import {
  decodeColumn,
  encodeColumn,
  isSupportedProperty,
  type ClassPropertyDef,
} from './metadata-columns.ts';

/** The extension's name. */
export const EXT_STRUCTURAL_METADATA = 'EXT_structural_metadata';

/** A metadata schema, as the JSON spells it. */
export interface SchemaDef {
  id: string;
  name?: string;
  description?: string;
  version?: string;
  classes: Record<
    string,
    { name?: string; description?: string; properties: Record<string, ClassPropertyDef> }
  >;
}

/** A property table with its values decoded: one array of `count` entries per property. */
export interface PropertyTableData {
  name?: string;
  class: string;
  count: number;
  columns: Record<string, (string | number)[]>;
}

// Property attributes must be graph literals, so schema and tables live in one record.
interface IStructuralMetadata extends IProperty {
  data: Record<string, unknown>;
}

/** Root-level EXT_structural_metadata: a schema and property tables (binary-encoded on write). */
export class StructuralMetadata extends ExtensionProperty<IStructuralMetadata> {
  static override EXTENSION_NAME: typeof EXT_STRUCTURAL_METADATA = EXT_STRUCTURAL_METADATA;
  declare extensionName: typeof EXT_STRUCTURAL_METADATA;
  declare propertyType: 'StructuralMetadata';
  declare parentTypes: [PropertyType.ROOT];

  protected override init(): void {
    this.extensionName = EXT_STRUCTURAL_METADATA;
    this.propertyType = 'StructuralMetadata';
    this.parentTypes = [PropertyType.ROOT];
  }

  protected override getDefaults(): Nullable<IStructuralMetadata> {
    return Object.assign(super.getDefaults(), { data: { schema: null, propertyTables: [] } });
  }

  /** The schema, or null. */
  getSchema(): SchemaDef | null {
    return (this.get('data').schema as SchemaDef | null) ?? null;
  }

  /** Sets the schema. */
  setSchema(schema: SchemaDef): this {
    return this.set('data', { ...this.get('data'), schema });
  }

  /** The property tables with decoded columns. */
  getPropertyTables(): PropertyTableData[] {
    return (this.get('data').propertyTables as PropertyTableData[] | undefined) ?? [];
  }

  /** Replaces the property tables; every column must have `count` entries. */
  setPropertyTables(tables: PropertyTableData[]): this {
    for (const t of tables) {
      for (const [name, values] of Object.entries(t.columns)) {
        if (values.length !== t.count)
          throw new Error(`property table column ${name}: ${values.length} values, count ${t.count}`);
      }
    }
    return this.set('data', { ...this.get('data'), propertyTables: tables });
  }
}

/** glTF-Transform extension that reads and writes EXT_structural_metadata (schema + property tables). */
export class EXTStructuralMetadataIO extends Extension {
  static override EXTENSION_NAME: typeof EXT_STRUCTURAL_METADATA = EXT_STRUCTURAL_METADATA;
  override readonly extensionName: typeof EXT_STRUCTURAL_METADATA = EXT_STRUCTURAL_METADATA;
  // Property tables point at buffer views directly, so their bytes must be in place before buffers are laid out.
  override readonly prewriteTypes = [PropertyType.BUFFER];
  private encoded = new Map<string, Uint8Array>();

  /** Creates the property to attach with `root.setExtension(EXT_STRUCTURAL_METADATA, p)`. */
  createStructuralMetadata(): StructuralMetadata {
    return new StructuralMetadata(this.document.getGraph());
  }

  override read(context: ReaderContext): this {
    const def = context.jsonDoc.json.extensions?.[EXT_STRUCTURAL_METADATA] as
      | {
          schema?: SchemaDef;
          propertyTables?: {
            name?: string;
            class: string;
            count: number;
            properties?: Record<string, Record<string, number | string>>;
          }[];
        }
      | undefined;
    if (!def?.schema) return this;
    const schema = def.schema;
    const tables: PropertyTableData[] = [];
    for (const t of def.propertyTables ?? []) {
      const cls = schema.classes[t.class];
      const columns: Record<string, (string | number)[]> = {};
      for (const [name, p] of Object.entries(t.properties ?? {})) {
        const prop = cls?.properties[name];
        if (!prop || !isSupportedProperty(prop)) continue;
        const view = (i: unknown): Uint8Array | undefined =>
          typeof i === 'number' ? context.bufferViews[i] : undefined;
        const values = view(p.values);
        if (!values) continue;
        columns[name] = decodeColumn(
          prop,
          t.count,
          values,
          view(p.stringOffsets),
          p.stringOffsetType as string | undefined,
        );
      }
      tables.push({ name: t.name, class: t.class, count: t.count, columns });
    }
    const meta = this.createStructuralMetadata().setSchema(schema).setPropertyTables(tables);
    this.document.getRoot().setExtension(EXT_STRUCTURAL_METADATA, meta);
    return this;
  }

  override prewrite(context: WriterContext, _type: PropertyType): this {
    this.encoded = new Map();
    const meta = this.document.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA);
    const schema = meta?.getSchema();
    if (!meta || !schema) return this;
    const buffer = this.document.getRoot().listBuffers()[0];
    if (!buffer) throw new Error(`${EXT_STRUCTURAL_METADATA}: the document needs a buffer`);
    const views = context.otherBufferViews.get(buffer) ?? [];
    meta.getPropertyTables().forEach((t, ti) => {
      const cls = schema.classes[t.class];
      for (const [name, values] of Object.entries(t.columns)) {
        const prop = cls?.properties[name];
        if (!prop || !isSupportedProperty(prop)) continue;
        const col = encodeColumn(prop, values);
        const add = (key: string, data: Uint8Array): void => {
          // A buffer view may not be empty (a column of empty strings has no bytes): keep 4 zero bytes.
          const padded = data.byteLength === 0 ? new Uint8Array(4) : BufferUtils.pad(data);
          views.push(padded);
          this.encoded.set(`${ti}/${name}/${key}`, padded);
        };
        add('values', col.values);
        if (col.stringOffsets) add('stringOffsets', col.stringOffsets);
      }
    });
    context.otherBufferViews.set(buffer, views);
    return this;
  }

  override write(context: WriterContext): this {
    const meta = this.document.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA);
    const schema = meta?.getSchema();
    if (!meta || !schema) return this;
    const index = (ti: number, name: string, key: string): number | undefined => {
      const data = this.encoded.get(`${ti}/${name}/${key}`);
      return data ? context.otherBufferViewsIndexMap.get(data) : undefined;
    };
    const propertyTables = meta.getPropertyTables().map((t, ti) => {
      const properties: Record<string, Record<string, number | string>> = {};
      for (const name of Object.keys(t.columns)) {
        const values = index(ti, name, 'values');
        if (values === undefined) continue;
        const offsets = index(ti, name, 'stringOffsets');
        properties[name] =
          offsets === undefined ? { values } : { values, stringOffsets: offsets, stringOffsetType: 'UINT32' };
      }
      return { ...(t.name ? { name: t.name } : {}), class: t.class, count: t.count, properties };
    });
    const json = context.jsonDoc.json;
    json.extensions = { ...json.extensions, [EXT_STRUCTURAL_METADATA]: { schema, propertyTables } };
    return this;
  }
}
