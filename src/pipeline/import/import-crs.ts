import { createToUtm33, normaliseCrs, type CrsRegistry, type ToUtm33 } from '../../core/geo/crs.ts';
import type { CrsDefinition } from '../../core/geo/epsg.ts';
import { InputError } from '../../core/input/input-error.ts';

/** The CRS an import uses: the user's `--crs`, else the file's own; refused with how to give one. */
export interface ImportCrs {
  def: CrsDefinition;
  toUtm: ToUtm33;
}

/** A refusal for the reference system: none given, or one the EPSG set cannot use (the page asks for a code). */
export class CrsError extends InputError {
  /** The reason without the file and place, for a form that asks again. */
  readonly detail: string;

  constructor(file: string, place: string, detail: string) {
    super(file, place, detail);
    this.name = 'CrsError';
    this.detail = detail;
  }
}

/** Where the file's CRS was looked for and what it said. */
export interface FoundCrs {
  /** The CRS text as found ('' when the file names none). */
  text: string;
  /** Where in the file: `metadata.referenceSystem`, `srsName`, `crs`. */
  place: string;
}

/** Resolves the CRS of an import through the EPSG definition set; every refusal says `give --crs EPSG:n`. */
export function resolveImportCrs(
  registry: CrsRegistry,
  override: string | undefined,
  found: FoundCrs,
  file: string,
): ImportCrs {
  const [text, place] = override ? [override, '--crs'] : [found.text, found.place];
  if (!text) throw new CrsError(file, place, 'no CRS given in the file; give it with --crs EPSG:n');
  const code = normaliseCrs(text);
  if (!code) throw new CrsError(file, place, `"${text}" names no EPSG code; give --crs EPSG:n`);
  let def: CrsDefinition;
  try {
    def = registry.define(code);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CrsError(file, place, `${why}${override ? '' : '; give --crs EPSG:n'}`);
  }
  return { def, toUtm: createToUtm33(code) };
}
