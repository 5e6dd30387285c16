/** Options for importFile. */
export interface ImportOptions {
  crs?: string;
  footprintsOut?: string;
  displayName?: string;
}

/** Imports a CityJSON, GeoJSON or glTF/GLB file into the output contract. */
export async function importFile(
  _file: string,
  _out: string,
  _opts: ImportOptions,
): Promise<{ notes: string[] }> {
  throw new Error('import: not implemented yet');
}
