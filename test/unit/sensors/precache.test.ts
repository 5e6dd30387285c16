import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { entryChunks } from '../../../sensors/offline/precache.ts';

const chunk = (name: string, imports: string[], dynamicImports: string[] = [], isEntry = false) =>
  ({ type: 'chunk', name, imports, dynamicImports, isEntry }) as unknown as Rollup.OutputChunk;

describe('entryChunks', () => {
  it('takes what the entry imports at any depth, now or later, and leaves the emulator out', () => {
    const bundle = {
      'index.js': chunk('index', ['runtime.js'], ['mqtt.js', 'emulate.js'], true),
      'runtime.js': chunk('rolldown-runtime', []),
      'mqtt.js': chunk('mqtt.esm', ['runtime.js']),
      'emulate.js': chunk('emulate', ['room.js']),
      'room.js': chunk('living_room', []),
      'unused.js': chunk('unused', []),
    } as unknown as Rollup.OutputBundle;
    expect(entryChunks(bundle).sort()).toEqual(['index.js', 'mqtt.js', 'runtime.js']);
  });
});
