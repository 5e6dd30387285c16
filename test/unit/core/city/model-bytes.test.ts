import { describe, expect, it } from 'vitest';
import { modelBytesProblem } from '../../../../src/core/city/model-bytes.ts';
import { glbBytes } from '../../../support/glb-bytes.ts';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const glb = (json: object): Uint8Array => glbBytes(json);

describe('model-bytes', () => {
  it('accepts glTF and GLB with the extensions the viewer reads', () => {
    expect(modelBytesProblem(text('{"asset":{"version":"2.0"}}'))).toBeNull();
    const required = ['EXT_meshopt_compression', 'KHR_mesh_quantization'];
    expect(modelBytesProblem(glb({ asset: { version: '2.0' }, extensionsRequired: required }))).toBeNull();
  });

  it('names a required extension the viewer lacks', () => {
    const doc = { asset: { version: '2.0' }, extensionsRequired: ['GOOGLE_texture_basis'] };
    expect(modelBytesProblem(glb(doc))).toMatch(
      /^requires GOOGLE_texture_basis, which this viewer does not support \(Google's early Basis/,
    );
  });

  it('says what a file that is not glTF looks like', () => {
    expect(modelBytesProblem(new Uint8Array())).toMatch(/empty/);
    expect(modelBytesProblem(Uint8Array.of(0xab, 0x4b, 0x54, 0x58, 0x20, 0x32, 0x30, 0xbb))).toMatch(
      /KTX2 texture/,
    );
    expect(modelBytesProblem(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0))).toMatch(/ZIP archive/);
    expect(modelBytesProblem(text('  <!doctype html><html></html>'))).toMatch(/HTML page/);
    expect(modelBytesProblem(text('{"type":"CityJSON"}'))).toMatch(/it is CityJSON/);
    expect(modelBytesProblem(text('{"asset":{"version":"1.0"}}'))).toMatch(/only glTF 2\.0/);
    expect(modelBytesProblem(glb({ asset: { version: '2.0' } }).subarray(0, 24))).toMatch(/cut short/);
  });
});
