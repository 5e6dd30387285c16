import { describe, expect, it } from 'vitest';
import { box } from './box-building.ts';
import { createBuildingMesher } from '../../../src/pipeline/import/building-mesher.ts';
import { createChunkWriter } from '../../../src/pipeline/gltf/chunk-glb.ts';
import { mergeGlbs, splitGlb } from '../../../src/pipeline/gltf/glb-merge.ts';
import { decodeColumn, encodeColumn, utf8Length } from '../../../src/pipeline/gltf/metadata-columns.ts';
import { featuresOf, positionsOfFeature, readGlb } from '../../../src/pipeline/gltf/read-glb.ts';
import { validateGlb } from '../../../src/pipeline/gltf/validate.ts';
import { cityToGlb } from '../../../src/pipeline/write-city.ts';

const identity = (x: number, y: number): [number, number] => [x, y];
const houses = Array.from({ length: 7 }, (_, i) => box(`h${i}`, 384000 + 40 * i, 5935000 + 25 * i, 20 + i));

/** The city's GLB both ways: every chunk kept and written at once, or each compressed as it fills and joined. */
async function bothWays(): Promise<[Uint8Array, Uint8Array]> {
  const kept = createBuildingMesher(identity, { chunk: 2 });
  for (const h of houses) kept.add(h);
  const whole = await cityToGlb(kept.finish().city);
  const chunks = createChunkWriter();
  const handed = createBuildingMesher(identity, { chunk: 2, onChunk: chunks.add, footprints: false });
  for (const h of houses) handed.add(h);
  const result = handed.finish();
  expect(result.city.packed).toEqual([]);
  expect(result.footprints).toEqual([]);
  const parts = { glbs: await chunks.finish(), shift: result.shift ?? [] };
  expect(parts.glbs).toHaveLength(4);
  return [whole, await cityToGlb(result.city, { parts })];
}

describe('a large import compressed chunk by chunk', () => {
  it('joins into a valid GLB with the same buildings in the same places as the one written at once', async () => {
    const [whole, joined] = await bothWays();
    const report = await validateGlb(joined);
    expect(report.messages.filter((m) => m.severity === 0)).toEqual([]);
    expect(report.info.drawCallCount).toBe(5);
    const [a, b] = await Promise.all([readGlb(whole), readGlb(joined)]);
    expect(featuresOf(b)).toEqual(featuresOf(a));
    for (const fid of [0, 3, 6]) {
      const pa = positionsOfFeature(a, fid);
      const pb = positionsOfFeature(b, fid);
      expect(pb.length).toBe(pa.length);
      // 16-bit positions in each chunk's box: both ways land within a centimetre of each other.
      for (let i = 0; i < pa.length; i++)
        for (let k = 0; k < 3; k++) expect(Math.abs(pb[i]![k]! - pa[i]![k]!)).toBeLessThan(0.01);
    }
    expect(splitGlb(joined).json.extensionsRequired).toEqual(
      expect.arrayContaining(['EXT_meshopt_compression', 'KHR_mesh_quantization']),
    );
  });

  it('refuses to join into a GLB with no binary buffer, and returns the base as it is with no parts', () => {
    const empty = new Uint8Array(28);
    const view = new DataView(empty.buffer);
    view.setUint32(0, 0x46546c67, true);
    view.setUint32(4, 2, true);
    view.setUint32(8, 28, true);
    view.setUint32(12, 8, true);
    view.setUint32(16, 0x4e4f534a, true);
    empty.set(new TextEncoder().encode('{"a":1} '), 20);
    expect(mergeGlbs(empty, [], [0, 0, 0])).toBe(empty);
    expect(() => mergeGlbs(empty, [empty], [0, 0, 0])).toThrow(/no binary buffer/);
    expect(() => mergeGlbs(new Uint8Array(30), [], [0, 0, 0])).toThrow(/not a GLB/);
  });
});

describe('string columns encoded in one pass', () => {
  const texts = ['', 'Straße 5', 'Neubrandenburg', '😀 Turm', 'a\uD800b', 'Åre \u00e9', '日本'];

  it('count UTF-8 bytes as TextEncoder writes them, lone surrogates included', () => {
    for (const t of texts) expect(utf8Length(t)).toBe(new TextEncoder().encode(t).length);
  });

  it('decode to the strings they were made of', () => {
    const def = { type: 'STRING' };
    const { values, stringOffsets } = encodeColumn(def, texts);
    expect(decodeColumn(def, texts.length, values, stringOffsets)).toEqual(
      texts.map((t) => t.replace('\uD800', '\uFFFD')),
    );
  });
});
