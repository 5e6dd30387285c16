import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { projectFiles } from './sensors/project-files.ts';
import { precache } from './sensors/offline/precache.ts';

// The app is served from `assets/` (city models) plus files the server reads live: the city's config file,
// the sensor registry, and the glTF decoders and controller profiles, so the stand needs no internet.
export default defineConfig({
  base: './',
  // A missing file is a 404, not the app's index page: the twin names what is missing.
  appType: 'mpa',
  publicDir: 'assets',
  plugins: [react(), projectFiles(), precache()],
  resolve: { dedupe: ['three', 'react', 'react-dom'] },
  build: { chunkSizeWarningLimit: 4096, sourcemap: false, reportCompressedSize: false },
});
