// Lint rules for the whole project: typescript-eslint's recommended set, React hooks, react-three.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import r3f from '@react-three/eslint-plugin';
import globals from 'globals';
import { dirname, relative, resolve } from 'node:path';

// Pure code: plain TypeScript that imports no framework, no DOM or Node API, and of the project's own files only
// the pure folders below it. The pipeline's geometry and generator are pure too; its readers and writers are not.
const PURE = {
  'src/core': ['src/core'],
  'src/pipeline/mesh': ['src/pipeline/mesh', 'src/core'],
  'src/pipeline/default-city': ['src/pipeline/default-city', 'src/pipeline/mesh', 'src/core'],
  // The CityGML reader runs in the browser's drop worker too.
  'src/pipeline/import/citygml': ['src/pipeline/import', 'src/pipeline/mesh', 'src/core'],
};
const PURE_FOLDERS = Object.keys(PURE);
const root = dirname(new URL(import.meta.url).pathname);
const purity = {
  rules: {
    'stays-inside': {
      meta: { type: 'problem', messages: { outside: '{{file}} is pure: it may not import {{target}}' } },
      create(context) {
        const file = relative(root, context.filename);
        const own = PURE_FOLDERS.find((folder) => file.startsWith(`${folder}/`));
        return {
          ImportDeclaration(node) {
            const spec = node.source.value;
            if (!own || typeof spec !== 'string' || !spec.startsWith('.')) return;
            const target = relative(root, resolve(dirname(context.filename), spec));
            if (PURE[own].some((folder) => target.startsWith(`${folder}/`))) return;
            context.report({ node, messageId: 'outside', data: { file, target } });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'assets', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      // The classic hook rules. The compiler-era rules (immutability, refs) flag three.js's own idiom of
      // mutating scene objects inside useFrame, which is how per-frame work stays out of React.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...r3f.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: PURE_FOLDERS.map((folder) => `${folder}/**/*.ts`),
    plugins: { purity },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'purity/stays-inside': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: ['react', 'react-dom', 'three', 'three/*', '@react-three/*', 'mqtt', 'node:*', 'i18next'],
        },
      ],
    },
  },
);
